import { errorMessage } from '../core/errors';
import {
  type AppliedChange,
  type LocalFallback,
  localNotice,
  type ManagedPolicy,
  planSyncWrite,
  readStoredSettings,
  type Settings,
  type SettingsState,
  settingsInForce,
} from '../core/settings';
import type { PolicySource } from '../core/settings/policy-copy';
import { browser } from './browser';
import { POLICY_COPY_KEY, readPolicy } from './policy-store';

/** storage.local holds the whole settings under this key while sync refuses them. */
const FALLBACK_KEY = 'settingsFallback';

/** The settings as stored now: for a change, which must start from what is there. */
export function loadSettings(): Promise<SettingsState> {
  return readSettings('answer');
}

async function readSettings(policyFrom: PolicySource): Promise<SettingsState> {
  const [syncItems, local, managed] = await Promise.all([
    browser.storage.sync.get(null),
    browser.storage.local.get(FALLBACK_KEY),
    readPolicy(policyFrom, forgetCurrentSettings),
  ]);
  return readStoredSettings(syncItems, local[FALLBACK_KEY], managed);
}

/** The settings a logout goes by: the user's with the policy's over them (settingsInForce), and that policy. */
export interface SettingsInForce {
  settings: Settings;
  policy: ManagedPolicy;
}

let current: Promise<SettingsInForce> | undefined;

/**
 * The settings in force (the policy's rules and defaults over the user's),
 * read and checked once and kept until they change: a logout need not parse
 * every rule again (500 rules cost a logout 22 ms, bench). Kept in memory
 * only, so a stopped service worker reads them afresh.
 */
export function currentSettings(): Promise<SettingsInForce> {
  if (current) return current;
  const reading = readSettings('copy').then(({ settings, policy }) => ({
    settings: settingsInForce(settings, policy),
    policy,
  }));
  current = reading;
  reading.catch(() => {
    if (current === reading) forgetCurrentSettings();
  });
  return reading;
}

function forgetCurrentSettings(): void {
  current = undefined;
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
    // storage.onChanged tells this worker too, but a logout may start before it does.
    forgetCurrentSettings();
    return { area: 'sync' };
  } catch (error) {
    const reason = errorMessage(error);
    const fallback: LocalFallback = { reason, settings: change.settings };
    await browser.storage.local.set({ [FALLBACK_KEY]: fallback });
    forgetCurrentSettings();
    return { area: 'local', notice: localNotice(reason) };
  }
}

/** Calls back whenever the stored settings change, here or in another synced browser. */
export function watchSettings(onChange: () => void): () => void {
  // storage.local holds other things too (the automatic logouts' queue): only the settings' copy counts.
  const listener = (changes: Record<string, unknown>, area: string) => {
    const local = area === 'local' && (FALLBACK_KEY in changes || POLICY_COPY_KEY in changes);
    if (area === 'sync' || area === 'managed' || local) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// Registered as this module loads, before any caller's own listener: a caller told of a change then reads fresh settings.
watchSettings(forgetCurrentSettings);
