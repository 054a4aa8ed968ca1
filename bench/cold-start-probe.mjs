// @ts-check
// An investigation tool, not part of `npm run bench`: popup logouts from a stopped and from a running worker,
// alternating, on one build, and the medians of where their time went. Compare builds by running it on each:
//   node bench/cold-start-probe.mjs [dist] [pairs=8]
// For the public-suffix library's share of a cold start, build a variant whose `tldts` is aliased to a stub
// (resolve.alias in a copy of vite.config.ts) and probe both builds one after the other.
import { stopWorker } from './checks.mjs';
import { clickLogOut, closePopup, openPopup, readLogout } from './popup.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';
import { loadStartPage, watchLanding } from './tab.mjs';
import { seedSite } from './world.mjs';

const [dist = 'dist', pairs = '8'] = process.argv.slice(2);
const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
const browser = bench.browser;
/** @type {Array<{ cold: boolean } & Record<string, number>>} */
const rows = [];
try {
  for (let pair = 0; pair < Number(pairs); pair++) {
    for (const cold of [true, false]) {
      await seedSite(browser, 170);
      await loadStartPage(browser, bench.startUrl);
      const popup = await openPopup(browser, bench.watch);
      if (cold) await stopWorker(bench);
      const landed = watchLanding(browser, bench.landingUrl);
      await clickLogOut(browser, popup);
      const landing = await landed();
      const { clickAt, report } = await readLogout(browser, popup);
      await closePopup(browser, popup);
      const workerOrigin = await browser.worker.run(() => performance.timeOrigin);
      const timing = report.timing;
      if (!timing) throw new Error('The report carries no timing');
      rows.push({
        cold,
        message: timing.startedAt - clickAt,
        ...(cold ? { workerStart: workerOrigin - clickAt, scripts: timing.startedAt - workerOrigin } : {}),
        ...timing.phases,
        total: landing.loadAt - clickAt,
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
} finally {
  await close();
}
for (const cold of [true, false]) {
  const samples = rows.filter((row) => row.cold === cold);
  const names = Object.keys(samples[0] ?? {}).filter((name) => name !== 'cold');
  const medians = names.map((name) => `${name} ${median(samples.map((row) => row[name] ?? Number.NaN)).toFixed(1)}`);
  console.log(`${cold ? 'cold' : 'warm'} (${samples.length}): ${medians.join(', ')}`);
}
