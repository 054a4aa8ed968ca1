import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsIssue } from '../core/settings';
import { fromStorageItems, ruleKeys, toStorageItems } from '../core/settings-storage';
import { browser } from './browser';

/** Written to storage.local when sync refuses: the whole settings, and why. */
const FALLBACK_KEY = 'settingsFallback';

export interface StoredSettings {
  settings: Settings;
  issues: SettingsIssue[];
  area: 'sync' | 'local';
  /** Why the settings live in storage.local, for the options page to say. */
  notice?: string;
  /** Why these settings must not be saved over (written by a newer SignOff, say). */
  unreadable?: string;
}

export async function loadSettings(): Promise<StoredSettings> {
  const local = await browser.storage.local.get(FALLBACK_KEY);
  const fallback = local[FALLBACK_KEY] as { reason?: string; settings?: unknown } | undefined;
  if (fallback?.settings !== undefined) {
    return { ...parseSettings(fallback.settings), area: 'local', notice: localNotice(String(fallback.reason)) };
  }
  const raw = fromStorageItems(await browser.storage.sync.get(null));
  if (raw === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), issues: [], area: 'sync' };
  return { ...parseSettings(raw), area: 'sync' };
}

/**
 * Saves to storage.sync, deleting only the rules named as removed; if sync
 * refuses (quota, item size), keeps everything in storage.local instead.
 */
export async function saveSettings(
  settings: Settings,
  removedSites: readonly string[],
): Promise<Pick<StoredSettings, 'area' | 'notice'>> {
  try {
    await browser.storage.sync.set(toStorageItems(settings));
    if (removedSites.length > 0) await browser.storage.sync.remove(ruleKeys(removedSites));
    await browser.storage.local.remove(FALLBACK_KEY);
    return { area: 'sync' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await browser.storage.local.set({ [FALLBACK_KEY]: { reason, settings } });
    return { area: 'local', notice: localNotice(reason) };
  }
}

/** Calls back whenever the stored settings change, here or in another synced browser. */
export function watchSettings(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync' || area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function localNotice(reason: string): string {
  return `Browser sync refused these settings (${reason}), so they are saved in this browser only. SignOff tries sync again at every save.`;
}
