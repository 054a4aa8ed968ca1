// @ts-check
// What each arm checks before its time counts: a logout that leaves a cookie of the site, or takes one of
// another site's, and a floor that clears anything, fail the run rather than report a time.
import { countCookies, SITE } from './world.mjs';

/** @typedef {import('./arms.mjs').Bench} Bench */
/** @typedef {import('./arms.mjs').Config} Config */

/** Runs in the service worker: no badge and no notification left from an earlier logout. @param {number} tabId */
export async function resetFeedback(tabId) {
  await chrome.action.setBadgeText({ tabId, text: '' });
  for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
}

/**
 * Stops a worker (SignOff's unless told), and checks that nothing woke it before it is asked for anything.
 * @param {Bench} bench @param {import('./worker.mjs').Worker} [worker]
 */
export async function stopWorker({ browser }, worker = browser.worker) {
  await worker.stop();
  if (await worker.isRunning()) throw new Error('Something woke the service worker at once');
}

/** @param {Bench} bench @param {string} text */
export async function expectBadge({ browser, tabId }, text) {
  for (let waited = 0; waited < 10_000; waited += 20) {
    const badge = await browser.worker.run((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    if (badge === text) return;
    if (badge === '!') throw new Error('The shortcut’s logout ended with the badge “!”');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`The badge never showed ${text}`);
}

/** @typedef {{ signedIn: boolean, storedItems: number }} Landing */

/** @param {Bench} bench @param {Config} config @param {Landing} landing */
export async function expectLoggedOut({ browser }, config, landing) {
  const cookies = await browser.worker.run(countCookies, SITE);
  const problems = [
    cookies.site > 0 && `${cookies.site} cookies of ${SITE} left`,
    cookies.others !== config.bystanders && `${config.bystanders - cookies.others} cookies of other sites gone`,
    landing.signedIn && 'the login page still saw the session',
    landing.storedItems > 0 && `${landing.storedItems} items left in the tab's storage`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`After the logout: ${problems.join('; ')}`);
}

/** @param {Bench} bench @param {Config} config @param {Landing} landing */
export async function expectUntouched({ browser }, config, landing) {
  const cookies = await browser.worker.run(countCookies, SITE);
  const problems = [
    cookies.site !== config.cookies && `${config.cookies - cookies.site} cookies of ${SITE} gone`,
    cookies.others !== config.bystanders && `${config.bystanders - cookies.others} cookies of other sites gone`,
    !landing.signedIn && 'the login page did not see the session',
    landing.storedItems === 0 && "the tab's storage was cleared",
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`After the floor's navigation: ${problems.join('; ')}`);
}
