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
import { isPlainObject } from '../core/settings/objects';
import { browser, FIREFOX } from './browser';

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
    readPolicy(policyFrom),
  ]);
  return readStoredSettings(syncItems, local[FALLBACK_KEY], managed);
}

/** storage.local keeps a copy of the policy last read, for the first seconds after the browser starts. */
const POLICY_COPY_KEY = 'policyCopy';
/** How long a read waits for the browser's answer before it goes by that copy. */
const POLICY_WAIT_MS = 300;

/**
 * Where a read takes the policy from: the browser's answer (waited for up to
 * POLICY_WAIT_MS), or the copy when there is one and the policy has not
 * changed since this worker started, with the answer checked afterwards.
 */
type PolicySource = 'answer' | 'copy';

/** The policy changed while this worker runs: the copy may be behind until the next answer is kept. */
let copyBehind = false;

/**
 * What the organisation's policy sets. Without a policy, Chromium answers
 * nothing and Firefox refuses (no managed storage for SignOff on the machine).
 * Chromium answers only once its policy service is up, some 5 s after it
 * starts, and a worker just started waits 13 to 300 ms and more for its first
 * answer (bench): meanwhile SignOff goes by the copy of the policy it last
 * read, and reads the settings again if the answer differs.
 */
function readPolicy(source: PolicySource): Promise<Record<string, unknown>> {
  let late = false;
  const copy = browser.storage.local.get(POLICY_COPY_KEY).then((items) => {
    const copied = items[POLICY_COPY_KEY];
    // parsePolicy checks it as it checks the browser's answer.
    return isPlainObject(copied) ? copied : undefined;
  });
  const copyOrNone = copy.then((copied) => copied ?? {});
  // Firefox refuses when no policy names SignOff; Chromium refusing is a fault, which leaves the copy in force.
  const answer: Promise<Record<string, unknown>> = browser.storage.managed
    .get(null)
    .catch(() => (FIREFOX ? {} : copyOrNone));
  void Promise.all([answer, copy]).then(async ([policy, copied]) => {
    if (!copied || JSON.stringify(policy) !== JSON.stringify(copied)) {
      // The copy changing tells every page watching the settings (see watchSettings), this worker included.
      await browser.storage.local.set({ [POLICY_COPY_KEY]: policy });
      if (late) forgetCurrentSettings();
    }
    copyBehind = false;
  });
  if (source === 'answer' || copyBehind) return answerWithin(answer, copyOrNone, () => (late = true));
  return copy.then((copied) => {
    if (!copied) return answerWithin(answer, copyOrNone, () => (late = true));
    late = true;
    return copied;
  });
}

/** The browser's answer, or after POLICY_WAIT_MS the copy (and `onLate`). */
function answerWithin<T>(answer: Promise<T>, copy: Promise<T>, onLate: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<T>((done) => {
    timer = setTimeout(() => {
      onLate();
      done(copy);
    }, POLICY_WAIT_MS);
  });
  return Promise.race([answer.finally(() => clearTimeout(timer)), waited]);
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
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') copyBehind = true;
});
