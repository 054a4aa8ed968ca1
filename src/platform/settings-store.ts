import { DEFAULT_SETTINGS, parseSettings, type Settings, type SettingsIssue } from '../core/settings';
import { fromStorageItems, staleKeys, toStorageItems } from '../core/settings-storage';
import { browser } from './browser';

/** Written to storage.local when sync refuses: the whole settings, and why. */
const FALLBACK_KEY = 'settingsFallback';

export interface StoredSettings {
  settings: Settings;
  issues: SettingsIssue[];
  area: 'sync' | 'local';
  /** Why the settings live in storage.local, for the options page to say. */
  notice?: string;
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

/** Saves to storage.sync; if sync refuses (quota, item size), keeps everything in storage.local. */
export async function saveSettings(settings: Settings): Promise<Pick<StoredSettings, 'area' | 'notice'>> {
  const items = toStorageItems(settings);
  try {
    const before = await browser.storage.sync.get(null);
    await browser.storage.sync.set(items);
    const stale = staleKeys(before, items);
    if (stale.length > 0) await browser.storage.sync.remove(stale);
    await browser.storage.local.remove(FALLBACK_KEY);
    return { area: 'sync' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await browser.storage.local.set({ [FALLBACK_KEY]: { reason, settings } });
    return { area: 'local', notice: localNotice(reason) };
  }
}

function localNotice(reason: string): string {
  return `Browser sync refused these settings (${reason}), so they are saved in this browser only. SignOff tries sync again at every save.`;
}
