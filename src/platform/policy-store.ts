import { isPlainObject } from '../core/settings/objects';
import { copyIsStale, copyToGoBy, type PolicySource } from '../core/settings/policy-copy';
import { browser, FIREFOX } from './browser';

/** storage.local keeps a copy of the policy last read: for cold starts, and the first seconds after the browser starts. */
export const POLICY_COPY_KEY = 'policyCopy';
/** How long a read waits for the browser's answer before it goes by that copy. */
const POLICY_WAIT_MS = 300;

/** The policy changed while this worker runs: the copy may be behind until the next answer is kept. */
let copyBehind = false;

/**
 * What the organisation's policy sets. Without a policy, Chromium answers
 * nothing and Firefox refuses (no managed storage for SignOff on the machine).
 * Chromium answers only once its policy service is up, some 5 s after it
 * starts, and a worker just started waited 9 to 17 ms for its answer even
 * then (measured): a logout goes by the copy of the policy last read, and
 * `onLateChange` is called if the answer, come later, differs.
 */
export function readPolicy(source: PolicySource, onLateChange: () => void): Promise<Record<string, unknown>> {
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
    if (copyIsStale(policy, copied)) {
      // The copy changing tells every page watching the settings (see watchSettings), this worker included.
      await browser.storage.local.set({ [POLICY_COPY_KEY]: policy });
      if (late) onLateChange();
    }
    copyBehind = false;
  });
  const behind = copyBehind;
  return copy.then((copied) => {
    const goBy = copyToGoBy(source, copied, behind);
    if (!goBy) return answerWithin(answer, copyOrNone, () => (late = true));
    late = true;
    return goBy;
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

// Registered as this module loads: a policy change heard here is never missed by the next read.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') copyBehind = true;
});
