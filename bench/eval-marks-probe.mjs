// @ts-check
// An investigation tool, not part of `npm run bench`: where a fresh service worker's start-up goes, module by
// module. It builds SignOff with a mark at the top of every module (scripts/eval-marks.mjs), stops the worker
// with the popup open, wakes it with a message from the popup (as a click would), and reads the marks:
//   node bench/eval-marks-probe.mjs [starts=10]
// "compiled" is when the first module began to run: until then the browser fetched and compiled every script.
import { execFileSync } from 'node:child_process';
import { closePopup, openPopup } from './popup.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';
import { loadStartPage } from './tab.mjs';

const starts = Number(process.argv[2] ?? 10);
const dist = '.tmp/dist-eval-marks';
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist], {
  stdio: 'inherit',
  env: { ...process.env, SIGNOFF_EVAL_MARKS: '1' },
});
const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
/** @type {Array<Array<[string, number]>>} */
const runs = [];
try {
  for (let start = 0; start < starts; start++) {
    await loadStartPage(bench.browser, bench.startUrl);
    const popup = await openPopup(bench.browser, bench.watch);
    await bench.browser.worker.stop();
    await bench.browser.cdp.evaluate(popup.sessionId, () => chrome.runtime.sendMessage({}).catch(() => undefined));
    runs.push(
      await bench.browser.worker.run(() =>
        performance
          .getEntriesByType('mark')
          .map((mark) => /** @type {[string, number]} */ ([mark.name, mark.startTime])),
      ),
    );
    await closePopup(bench.browser, popup);
  }
} finally {
  await close();
}

/** @type {Map<string, number[]>} each module's own top-level time: from its mark to the next */
const own = new Map();
for (const marks of runs) {
  for (const [index, [name, at]] of marks.entries()) {
    const next = marks[index + 1];
    if (next) own.set(name, [...(own.get(name) ?? []), next[1] - at]);
  }
}
const at = (/** @type {string} */ name) =>
  median(runs.map((marks) => marks.find(([mark]) => mark === name)?.[1] ?? NaN));
console.log(`${runs.length} starts, medians in ms after the worker's global scope existed:`);
console.log(`  compiled (the first module runs): ${median(runs.map((marks) => marks[0]?.[1] ?? NaN)).toFixed(1)}`);
console.log(`  ready (signoff-worker-ready):     ${at('signoff-worker-ready').toFixed(1)}`);
console.log('Modules whose own top-level code took longest (median ms):');
const slowest = [...own].map(([name, times]) => /** @type {const} */ ([name, median(times)]));
for (const [name, ms] of slowest.sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`  ${ms.toFixed(1).padStart(5)}  ${name.slice(2)}`);
