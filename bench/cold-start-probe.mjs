// @ts-check
// An investigation tool, not part of `npm run bench`: the bench's popup logout, from a stopped and from a running
// worker, alternating, on one build, and the medians of where their time went. Compare builds by running it on each:
//   node bench/cold-start-probe.mjs [dist] [pairs=8]
// For the public-suffix library's share of a cold start, build a variant whose `tldts` is aliased to a stub
// (resolve.alias in a copy of vite.config.ts) and probe both builds one after the other.
import { popupLogout } from './arms.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';

const [dist = 'dist', pairs = '8'] = process.argv.slice(2);
const config = { cookies: 170, tabs: 1, rules: 0, bystanders: 0 };
const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
/** @type {Array<{ cold: boolean } & Record<string, number>>} */
const rows = [];
try {
  for (let pair = 0; pair < Number(pairs); pair++) {
    for (const cold of [true, false]) {
      const { total, message = Number.NaN, workerStart, phases } = await popupLogout(bench, config, cold);
      const scripts = workerStart === undefined ? {} : { workerStart, scripts: message - workerStart };
      rows.push({ cold, message, ...scripts, ...phases, total });
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
