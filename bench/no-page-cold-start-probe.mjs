// @ts-check
// An investigation tool, not part of `npm run bench`: what a cold start with no extension page open costs any
// extension here. The bench's empty extension navigates the tab on Alt+Shift+J; SignOff logs out on Alt+Shift+L.
// Each is pressed for real, with its worker stopped (and no page of that extension open) and running, in turn:
//   node bench/no-page-cold-start-probe.mjs [dist] [rounds=8]
import { pressForLanding, shortcutLogout } from './arms.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';
import { loadStartPage } from './tab.mjs';

const [dist = 'dist', rounds = '8'] = process.argv.slice(2);
const config = { cookies: 170, tabs: 1, rules: 0, bystanders: 0 };
const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
/** @type {Record<string, number[]>} */
const samples = { 'empty, warm': [], 'empty, cold': [], 'SignOff, warm': [], 'SignOff, cold': [] };
try {
  for (let round = 0; round < Number(rounds); round++) {
    for (const cold of [true, false]) {
      samples[`empty, ${cold ? 'cold' : 'warm'}`]?.push(await emptyShortcut(cold));
      samples[`SignOff, ${cold ? 'cold' : 'warm'}`]?.push((await shortcutLogout(bench, config, cold)).total);
    }
  }
} finally {
  await close();
}
for (const [arm, times] of Object.entries(samples))
  console.log(`${arm}: ${median(times).toFixed(1)} ms (median of ${times.length})`);
for (const who of ['empty', 'SignOff']) {
  const added = median(samples[`${who}, cold`] ?? []) - median(samples[`${who}, warm`] ?? []);
  console.log(`${who}: a cold start with no page of it open adds ${added.toFixed(1)} ms`);
}

/** Alt+Shift+J to the landing page's load, timed as SignOff's shortcut is (pressForLanding). */
async function emptyShortcut(/** @type {boolean} */ cold) {
  const { browser } = bench;
  const pageOffset = await loadStartPage(browser, bench.startUrl);
  const { landing, pressedAt } = await pressForLanding(bench, pageOffset, 'j', async () => {
    if (!cold) return;
    await browser.empty.worker.stop();
    if (await browser.empty.worker.isRunning()) throw new Error('Something woke the empty worker at once');
  });
  return landing.loadAt - pressedAt;
}
