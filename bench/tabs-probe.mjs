// @ts-check
// An investigation tool, not part of `npm run bench`: popup logouts with 24 more tabs on the very page being
// logged out of (one origin), where the bench's tabs scale spreads the site's tabs over 19 hosts. Compare builds
// by running it on each:
//   node bench/tabs-probe.mjs [dist] [logouts=8]
import { popupLogout } from './arms.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';

const [dist = 'dist', logouts = '8'] = process.argv.slice(2);
const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
/** @type {Array<Record<string, number>>} */
const rows = [];
try {
  for (let tab = 0; tab < 24; tab++) {
    await bench.browser.cdp.send('Target.createTarget', { url: bench.startUrl, background: true });
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const config = { cookies: 170, tabs: 1, rules: 0, bystanders: 0 };
  for (let logout = 0; logout < Number(logouts); logout++) {
    const { total, phases } = await popupLogout(bench, config);
    rows.push({ total, ...phases });
    // The other 24 tabs reload after each logout: they are signed in again before the next.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
} finally {
  await close();
}
const names = Object.keys(rows[0] ?? {});
console.log(`${dist}, medians of ${rows.length} logouts in ms:`);
console.log(names.map((name) => `${name} ${median(rows.map((row) => row[name] ?? Number.NaN)).toFixed(1)}`).join(', '));
