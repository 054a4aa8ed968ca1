// @ts-check
// One measurement of each arm: what it times, and (checks.mjs) the check that it did what it claims.
import { expectBadge, expectLoggedOut, expectUntouched, resetFeedback, stopWorker } from './checks.mjs';
import { focusPage, holdModifiers, pressShortcut, releaseModifiers } from './display.mjs';
import { clickLogOut, closePopup, openEmptyPopup, openPopup, readLogout } from './popup.mjs';
import { loadStartPage, watchLanding } from './tab.mjs';
import { countCookies, SITE, SITE_HOSTS, seedSite } from './world.mjs';

/**
 * @typedef {{ browser: import('./browser.mjs').Browser, watch: import('./popup-probe.mjs').PopupWatch,
 *   keys: import('./tab.mjs').KeyEvent[], startUrl: string, landingUrl: string, tabId: number }} Bench
 * @typedef {{ cookies: number, tabs: number, rules: number, bystanders: number }} Config
 * @typedef {{ popup: number, popupPage: number }} PopupTimes
 * @typedef {{ total: number, message?: number, workerStart?: number, workerScripts?: number, navigation?: number,
 *   phases?: Record<string, number>, keyBracket?: number } & Partial<PopupTimes>} Sample
 */

/** @param {import('./popup.mjs').Popup} popup @returns {PopupTimes} */
function popupTimes(popup) {
  return { popup: popup.readyAt - popup.openedAt, popupPage: popup.readyAt - popup.pageStartAt };
}

/**
 * Popup click to the landing page's load; `cold`: the worker is stopped once the popup is ready.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function popupLogout(bench, config, cold = false) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  await loadStartPage(browser, bench.startUrl);
  const popup = await openPopup(browser, bench.watch);
  if (cold) await stopWorker(bench);
  const landed = watchLanding(browser, bench.landingUrl);
  await clickLogOut(browser, popup);
  const landing = await landed();
  const { clickAt, report } = await readLogout(browser, popup);
  await closePopup(browser, popup);
  if (report.left.length > 0 || report.landing.outcome !== 'reached') {
    throw new Error(`The logout reported ${JSON.stringify({ left: report.left, landing: report.landing })}`);
  }
  await expectLoggedOut(bench, config, landing);
  const timing = report.timing;
  if (!timing?.startedAt) throw new Error('The logout’s report carries no timing');
  // After a cold start, where the message's time went: the worker's start, then its scripts' evaluation.
  const workerStart = cold ? await workerStartAfter(browser, clickAt) : {};
  // The background's landing phase ends after the commit, with a read of the page's status, and may
  // outlast the load: the navigation is counted from the end of the phase before it, to the load.
  const { landing: _landing, ...beforeLanding } = timing.phases;
  const sentAt = timing.startedAt + Object.values(beforeLanding).reduce((sum, ms) => sum + ms, 0);
  return {
    total: landing.loadAt - clickAt,
    ...popupTimes(popup),
    message: timing.startedAt - clickAt,
    ...workerStart,
    phases: timing.phases,
    navigation: landing.loadAt - sentAt,
  };
}

/**
 * When the worker started, after `since` (the click or the key), and how long its scripts then took to be
 * fetched, compiled and run (SignOff marks `signoff-worker-ready` when its top-level code is done).
 * @param {import('./browser.mjs').Browser} browser @param {number} since
 * @returns {Promise<{ workerStart: number, workerScripts?: number }>}
 */
async function workerStartAfter(browser, since) {
  const { origin, ready } = await browser.worker.run(() => ({
    origin: performance.timeOrigin,
    ready: performance.getEntriesByName('signoff-worker-ready')[0]?.startTime,
  }));
  return { workerStart: origin - since, ...(ready === undefined ? {} : { workerScripts: ready }) };
}

/**
 * Alt+Shift+L pressed for real to the landing page's load; `cold`: the worker stopped and no SignOff page open.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function shortcutLogout(bench, config, cold = false) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  const pageOffset = await loadStartPage(browser, bench.startUrl);
  await browser.worker.run(resetFeedback, bench.tabId);
  const { landing, pressedAt, keyBracket } = await pressForLanding(bench, pageOffset, 'l', async () => {
    if (cold) await stopWorker(bench);
  });
  await expectBadge(bench, '✓');
  await expectLoggedOut(bench, config, landing);
  await browser.worker.run(resetFeedback, bench.tabId);
  // With no SignOff page open, a cold start also starts the extension's process: when the worker began.
  const workerStart = cold ? await workerStartAfter(browser, pressedAt) : {};
  return { total: landing.loadAt - pressedAt, keyBracket, ...workerStart };
}

/**
 * Alt+Shift+`key` pressed for real (`beforePress` runs with the modifiers held) to the landing page's load. The
 * clock starts at the page's keydown of K, pressed just before: the page never sees a command's key going down.
 * @param {Bench} bench @param {number} pageOffset the start page's clock against the bench's (loadStartPage)
 * @param {string} key @param {() => Promise<void>} beforePress
 */
export async function pressForLanding(bench, pageOffset, key, beforePress) {
  const { browser } = bench;
  focusPage(browser.display, browser.window);
  holdModifiers(browser.display);
  await beforePress();
  bench.keys.length = 0;
  const landed = watchLanding(browser, bench.landingUrl);
  try {
    await pressShortcut(browser.display, key);
  } finally {
    await releaseModifiers(browser.display);
  }
  const landing = await landed();
  const pressed = bench.keys.find((seen) => seen.type === 'keydown' && seen.key.toLowerCase() === 'k');
  const released = bench.keys.find((seen) => seen.type === 'keyup' && seen.key.toLowerCase() === key);
  if (!pressed || !released) throw new Error(`The page did not see the keys: ${JSON.stringify(bench.keys)}`);
  return { landing, pressedAt: pressed.at + pageOffset, keyBracket: released.at - pressed.at };
}

/**
 * The same navigation as a logout's, with nothing cleared: `chrome.tabs.update` from the popup.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function floorFromPopup(bench, config) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  await loadStartPage(browser, bench.startUrl);
  const popup = await openPopup(browser, bench.watch);
  const landed = watchLanding(browser, bench.landingUrl);
  const startedAt = await browser.cdp.evaluate(popup.sessionId, navigateTab, [bench.tabId, bench.landingUrl]);
  const landing = await landed();
  await closePopup(browser, popup);
  await expectUntouched(bench, config, landing);
  return { total: landing.loadAt - startedAt, ...popupTimes(popup) };
}

/**
 * The control: an empty extension's popup, from openPopup() to its page's load, opened as SignOff's are, after
 * the same steps (the browser is quicker to open a popup right after another has closed).
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function emptyPopup(bench, config) {
  await seedSite(bench.browser, config.cookies);
  await loadStartPage(bench.browser, bench.startUrl);
  const popup = await openEmptyPopup(bench.browser, bench.watch);
  await closePopup(bench.browser, popup);
  const { popup: total, ...times } = popupTimes(popup);
  return { total, ...times };
}

/**
 * The control for a cold start: the empty extension's popup asks its worker to navigate the tab, as SignOff's
 * popup asks its worker for a logout. `cold`: that worker is stopped first. What a cold start costs any
 * extension, in this browser, on this machine.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function emptyWorkerNavigation(bench, config, cold = false) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  await loadStartPage(browser, bench.startUrl);
  const popup = await openEmptyPopup(browser, bench.watch);
  await (cold ? stopWorker(bench, browser.empty.worker) : wakeEmptyWorker(bench));
  const landed = watchLanding(browser, bench.landingUrl);
  const startedAt = await browser.cdp.evaluate(popup.sessionId, askToNavigate, [bench.tabId, bench.landingUrl]);
  const landing = await landed();
  await closePopup(browser, popup);
  await expectUntouched(bench, config, landing);
  return { total: landing.loadAt - startedAt };
}

/**
 * The floor for the shortcut, and its control for a cold start: the empty extension's Alt+Shift+J, whose worker
 * sends the tab to its origin's root (SignOff's landing here), pressed for real and timed as SignOff's shortcut
 * is, so that both count the browser's delivery of the key. `cold`: its worker stopped and no page of it open,
 * what a cold start with no page open costs any extension in this browser, on this machine.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function floorFromShortcut(bench, config, cold = false) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  const pageOffset = await loadStartPage(browser, bench.startUrl);
  if (!cold) await wakeEmptyWorker(bench);
  const { landing, pressedAt, keyBracket } = await pressForLanding(bench, pageOffset, 'j', async () => {
    if (cold) await stopWorker(bench, browser.empty.worker);
  });
  await expectUntouched(bench, config, landing);
  return { total: landing.loadAt - pressedAt, keyBracket };
}

/**
 * A warm arm of the empty extension finds its worker running: the browser stops a worker idle for 30 s, and a
 * round can leave the empty one that long, as SignOff's never is (every arm calls into it first).
 * @param {Bench} bench
 */
async function wakeEmptyWorker({ browser }) {
  await browser.empty.worker.run(() => true);
  if (!(await browser.empty.worker.isRunning())) throw new Error('The empty worker is not running');
}

/**
 * The browser's clearing call alone, from the signed-in page a logout starts from: `browsingData.remove` of every
 * kind of data SignOff clears, for the site's hosts and the tab's origin, in the worker; in Chromium's regular
 * profile it empties the open tab's sessionStorage too, as the check after it proves. A logout that clears
 * before it lands cannot cost less.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function clearingCall(bench, config) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  await loadStartPage(browser, bench.startUrl);
  const origins = [new URL(bench.startUrl).origin, ...SITE_HOSTS.map((host) => `https://${host}`)];
  const total = await browser.worker.run(removeSiteData, origins);
  const left = await browser.worker.run(countCookies, SITE);
  if (left.site !== 0) throw new Error(`The clearing call left ${left.site} cookies of ${SITE}`);
  const stored = await browser.cdp.evaluate(browser.tab.sessionId, () => localStorage.length + sessionStorage.length);
  if (stored !== 0) throw new Error(`The clearing call left ${stored} items in the tab's storage`);
  return { total };
}

/** The floor with no popup open, as the shortcut's logout runs: `chrome.tabs.update` from the service worker. */
export async function floorFromWorker(/** @type {Bench} */ bench, /** @type {Config} */ config) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  await loadStartPage(browser, bench.startUrl);
  const landed = watchLanding(browser, bench.landingUrl);
  const startedAt = await browser.worker.run(navigateTab, [bench.tabId, bench.landingUrl]);
  const landing = await landed();
  await expectUntouched(bench, config, landing);
  return { total: landing.loadAt - startedAt };
}

/** What most cookie cleaners do: read the site's cookies, then remove them one at a time, in the worker. */
export async function reference(/** @type {Bench} */ bench, /** @type {Config} */ config) {
  const { browser } = bench;
  await seedSite(browser, config.cookies);
  const total = await browser.worker.run(removeOneByOne, SITE);
  const left = await browser.worker.run(countCookies, SITE);
  if (left.site !== 0) throw new Error(`The reference left ${left.site} cookies of ${SITE}`);
  return { total };
}

/** Runs in an extension page or the worker. @param {[number, string]} target */
function navigateTab([tabId, url]) {
  const at = Date.now();
  void chrome.tabs.update(tabId, { url });
  return at;
}

/**
 * One cookie query as a logout's survey and check make them: the site's cookies in every partition, by domain.
 * Chromium answers it by reading the whole cookie jar, so its cost grows with other sites' cookies.
 * @param {Bench} bench @param {Config} config @returns {Promise<Sample>}
 */
export async function cookieQuery(bench, config) {
  await seedSite(bench.browser, config.cookies);
  const { total, found } = await bench.browser.worker.run(async (site) => {
    const started = performance.now();
    const cookies = await chrome.cookies.getAll({ domain: site, partitionKey: {} });
    return { total: performance.now() - started, found: cookies.length };
  }, SITE);
  if (found !== config.cookies) throw new Error(`The query found ${found} of the site's ${config.cookies} cookies`);
  return { total };
}

/** Runs in the empty extension's popup. @param {[number, string]} target */
function askToNavigate([tabId, url]) {
  const at = Date.now();
  chrome.runtime.sendMessage({ tabId, url }).catch(() => {});
  return at;
}

/** Runs in the service worker. @param {string[]} origins */
async function removeSiteData(origins) {
  const started = performance.now();
  await chrome.browsingData.remove(
    { origins: /** @type {[string, ...string[]]} */ (origins) },
    { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true },
  );
  return performance.now() - started;
}

/** Runs in the service worker. @param {string} site */
async function removeOneByOne(site) {
  const started = performance.now();
  const cookies = await chrome.cookies.getAll({ domain: site, partitionKey: {} });
  for (const cookie of cookies) {
    await chrome.cookies.remove({
      url: `https://${cookie.domain.replace(/^\./, '')}${cookie.path}`,
      name: cookie.name,
      storeId: cookie.storeId,
      ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    });
  }
  return performance.now() - started;
}
