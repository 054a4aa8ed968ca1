// @ts-check
// `npm run bench`: what clearing a site's cookies costs, measured side by side in
// one run in real Chromium with dist/ loaded. Prints medians and ratios.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags } from './chromium.mjs';
import { ensureDependencies, requireChromium, run } from './setup.mjs';
import { startTestSite } from './site/server.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const COOKIES = 170; // Chromium keeps about 180 per site.

ensureDependencies();
run('npx', 'vite', 'build', '--logLevel', 'warn');
const executablePath = requireChromium();
const site = await startTestSite();
const profileDir = mkdtempSync(join(tmpdir(), 'signoff-bench-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  ignoreDefaultArgs: true,
  args: [
    ...chromiumFlags({ extensionDir: resolve('dist'), profileDir, spki: site.spki, headless: true }),
    '--remote-debugging-pipe',
    'about:blank',
  ],
});

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const tab = await context.newPage();
  const home = `https://app.bench.test:${site.port}/`;

  /** @type {Record<string, number[]>} */
  const times = { browsingData: [], parallel: [], sequential: [], signoff: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // A different order each round, so that no approach always runs first or last.
    const order = Object.keys(times).sort(() => Math.random() - 0.5);
    for (const approach of order) {
      await tab.goto(home);
      await worker.evaluate(seedCookies, COOKIES);
      const elapsed =
        approach === 'signoff'
          ? await timeSignOffLogout(extensionPage, tab)
          : await worker.evaluate(clearWith, approach);
      const left = await worker.evaluate(
        async () => (await chrome.cookies.getAll({ domain: 'bench.test', partitionKey: {} })).length,
      );
      if (left !== 0) throw new Error(`${approach} left ${left} cookies`);
      times[approach]?.push(elapsed);
    }
  }
  report(times, context.browser()?.version() ?? 'unknown');
} finally {
  await context.close();
  await site.close();
  rmSync(profileDir, { recursive: true, force: true });
}

/** Runs in the service worker: one site's worth of cookies on several hosts and paths. */
async function seedCookies(/** @type {number} */ count) {
  const hosts = ['app', 'accounts', 'www', 'api'];
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const host = `${hosts[i % hosts.length]}.bench.test`;
      const path = `/p${i % 5}`;
      return chrome.cookies.set({
        url: `https://${host}${path}`,
        name: `c${i}`,
        value: 'v'.repeat(24),
        path,
        secure: true,
        httpOnly: i % 2 === 0,
        ...(i % 4 === 0 ? { domain: '.bench.test' } : {}),
      });
    }),
  );
}

/** Runs in the service worker: the cookies API one by one or all at once, or one browsingData call. */
async function clearWith(/** @type {string} */ approach) {
  const started = performance.now();
  if (approach === 'browsingData') {
    await chrome.browsingData.remove({ origins: ['https://app.bench.test'] }, { cookies: true });
  } else {
    const cookies = await chrome.cookies.getAll({ domain: 'bench.test', partitionKey: {} });
    const remove = (/** @type {chrome.cookies.Cookie} */ cookie) =>
      chrome.cookies.remove({
        url: `https://${cookie.domain.replace(/^\./, '')}${cookie.path}`,
        name: cookie.name,
        ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
      });
    if (approach === 'parallel') await Promise.all(cookies.map(remove));
    else for (const cookie of cookies) await remove(cookie);
  }
  return performance.now() - started;
}

/**
 * SignOff's whole logout, asked for by its own page as the popup asks, until its answer arrives: survey,
 * save what Undo needs, freeze, clear, check, send the tab to its login page (until the page commits), offer Undo.
 * @param {import('playwright-core').Page} extensionPage @param {import('playwright-core').Page} tab
 */
async function timeSignOffLogout(extensionPage, tab) {
  await tab.bringToFront();
  return extensionPage.evaluate(async () => {
    const [target] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const started = performance.now();
    await chrome.runtime.sendMessage({ type: 'logout', payload: { tabId: target?.id } });
    return performance.now() - started;
  });
}

/** @param {Record<string, number[]>} times @param {string} version */
function report(times, version) {
  const median = (/** @type {number[]} */ values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  const base = median(times.browsingData ?? []);
  console.log(`\nClearing ${COOKIES} cookies of one site, ${ROUNDS} rounds, Chromium ${version}`);
  console.log('approach                                     median ms   × browsingData');
  const labels = {
    browsingData: 'browsingData.remove (one call)',
    parallel: 'cookies.remove, all at once',
    sequential: 'cookies.remove, one after another',
    signoff: 'SignOff logout (survey, clear, navigate)',
  };
  for (const [approach, values] of Object.entries(times)) {
    const value = median(values);
    const label = labels[/** @type {keyof typeof labels} */ (approach)];
    console.log(`${label.padEnd(44)} ${value.toFixed(1).padStart(9)}   ${(value / base).toFixed(1).padStart(6)}`);
  }
}
