import { errorMessage } from '../core/errors';
import {
  type AppliedChange,
  type LocalFallback,
  localNotice,
  planSyncWrite,
  readStoredSettings,
  type SettingsState,
} from '../core/settings';
import { browser } from './browser';

/** storage.local holds the whole settings under this key while sync refuses them. */
const FALLBACK_KEY = 'settingsFallback';

export async function loadSettings(): Promise<SettingsState> {
  const [syncItems, local] = await Promise.all([
    browser.storage.sync.get(null),
    browser.storage.local.get(FALLBACK_KEY),
  ]);
  return readStoredSettings(syncItems, local[FALLBACK_KEY]);
}

/** Writes a change to sync; if sync refuses (quota, item size), keeps everything in storage.local instead. */
export async function saveChange(
  change: AppliedChange,
  wasLocal: boolean,
): Promise<Pick<SettingsState, 'area' | 'notice'>> {
  try {
    const write = planSyncWrite(await browser.storage.sync.get(null), change, wasLocal);
    await browser.storage.sync.set(write.set);
    if (write.remove.length > 0) await browser.storage.sync.remove(write.remove);
    if (wasLocal) await browser.storage.local.remove(FALLBACK_KEY);
    return { area: 'sync' };
  } catch (error) {
    const reason = errorMessage(error);
    const fallback: LocalFallback = { reason, settings: change.settings };
    await browser.storage.local.set({ [FALLBACK_KEY]: fallback });
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
