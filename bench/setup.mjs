// @ts-check
// The bench's browser and site, ready for the first arm.
import { startTestSite } from '../scripts/site/server.mjs';
import { launchBrowser } from './browser.mjs';
import { watchForPopups } from './popup-probe.mjs';
import { listenForKeys, loadStartPage } from './tab.mjs';
import { SITE_HOSTS, setBystanders, setRules, tabsOpen } from './world.mjs';

/**
 * A browser whose SignOff worker is not ready in time is started again, with a new profile: a safety net. The
 * failure it was made for (one start in four to nine, Chromium failing to register SignOff's worker) was the
 * bench's own doing, a debugger attached to the worker while it installed; `launchBrowser` now waits for the
 * workers to be activated first (`untilActivated`), and 25 starts in a row needed no second try.
 * @param {{ executablePath: string, dist: string }} options
 */
export async function startBench(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof WorkerNotReady) || attempt >= START_ATTEMPTS) throw error;
      console.error(`bench: ${error.message}; starting the browser again`);
    }
  }
}

const START_ATTEMPTS = 5;
// Its answer and its copy of the policy take 2–3 s; reading the policy may take up to 20 s (untilPolicyRead).
const WORKER_READY_MS = 30_000;

class WorkerNotReady extends Error {}

/** @param {{ executablePath: string, dist: string }} options */
async function startOnce({ executablePath, dist }) {
  const site = await startTestSite();
  const browser = await launchBrowser({ executablePath, dist, spki: site.spki }).catch(async (error) => {
    await site.close();
    throw error;
  });
  try {
    const watch = await watchForPopups(browser);
    const keys = await listenForKeys(browser);
    const startUrl = `https://${SITE_HOSTS[0]}:${site.port}/account`;
    // The site's rule names its login page: the root of the tab's origin, where SignOff lands by default too.
    const landingUrl = `https://${SITE_HOSTS[0]}:${site.port}/`;
    await loadStartPage(browser, startUrl);
    const tabId = await untilReady(browser, startUrl);
    const bench = { browser, watch, keys, startUrl, landingUrl, tabId };
    const tabs = tabsOpen(browser, site.port);
    /** @type {{ tabs: number, rules: number, bystanders: number }} */
    const state = { tabs: 1, rules: 0, bystanders: 0 };
    return {
      bench,
      /** Brings the tabs, rules and other sites' cookies to `wanted`, changing only what differs. */
      async enter(/** @type {{ tabs: number, rules: number, bystanders: number }} */ wanted) {
        if (wanted.rules !== state.rules) await setRules(browser, wanted.rules, landingUrl);
        if (wanted.bystanders !== state.bystanders) await setBystanders(browser, wanted.bystanders);
        if (wanted.tabs !== state.tabs) await tabs.resize(wanted.tabs);
        Object.assign(state, wanted);
      },
      async close() {
        await browser.close();
        await site.close();
      },
    };
  } catch (error) {
    await browser.close();
    await site.close();
    throw error;
  }
}

/**
 * The bench's tab as SignOff's worker sees it, once the worker has answered and kept its copy of the policy.
 * Whatever keeps it from that, in time, is a WorkerNotReady.
 * @param {import('./browser.mjs').Browser} browser @param {string} startUrl @returns {Promise<number>}
 */
async function untilReady(browser, startUrl) {
  const ready = async () => {
    const tabId = await browser.worker.run(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      startUrl,
    );
    if (tabId === undefined) throw new Error('SignOff does not see the bench’s tab');
    await untilPolicyRead(browser);
    return tabId;
  };
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`not ready ${WORKER_READY_MS / 1000} s after the browser's start`)),
      WORKER_READY_MS,
    );
  });
  try {
    return /** @type {number} */ (await Promise.race([ready(), late]));
  } catch (error) {
    throw new WorkerNotReady(`SignOff's service worker: ${error instanceof Error ? error.message : error}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Chromium answers an extension's first read of its managed storage some 5 s after the browser starts, and a
 * worker stopped meanwhile never hears the answer; SignOff then goes by its copy of the policy (README, "For
 * administrators"). A user's browser has long passed that moment: the bench measures from there on, once
 * SignOff has read the policy and kept its copy.
 * @param {import('./browser.mjs').Browser} browser
 */
async function untilPolicyRead(browser) {
  for (const deadline = Date.now() + 20_000; ; ) {
    const kept = await browser.worker.run(async () => 'policyCopy' in (await chrome.storage.local.get('policyCopy')));
    if (kept) return;
    if (Date.now() > deadline) throw new Error('SignOff did not read its policy within 20 s of the browser’s start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
