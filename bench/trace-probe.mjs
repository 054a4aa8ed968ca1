// @ts-check
// An investigation tool, not part of `npm run bench`: warm popup logouts and floors from the popup, in turn, under
// Chromium's tracing, and how busy the browser's threads were from the click (or the floor's `tabs.update`) to the
// login page's `load`. It shows whose work a logout waits for, and whether a core was left idle for work moved
// earlier to use. Tracing slows every thread: compare the arms with each other, not with the bench's times.
//   node bench/trace-probe.mjs [dist] [pairs=4]
// The whole trace goes to .tmp/trace.json (https://ui.perfetto.dev opens it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { floorFromPopup, popupLogout } from './arms.mjs';
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';

const [dist = 'dist', pairs = '4'] = process.argv.slice(2);
const config = { cookies: 170, tabs: 1, rules: 0, bystanders: 0 };
const CATEGORIES = ['toplevel', 'devtools.timeline', 'loading', 'navigation', 'extensions', 'v8.execute'];
const ARMS = { logout: popupLogout, floor: floorFromPopup };

const { bench, close } = await startBench({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', dist });
/** @type {Array<Record<string, any>>} */
const events = [];
/** @type {Array<{ arm: string, total: number, marker: string }>} */
const runs = [];
try {
  const { cdp } = bench.browser;
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  for (const arm of Object.values(ARMS)) await arm(bench, config);
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  for (let pair = 0; pair < Number(pairs); pair++) {
    for (const [arm, run] of Object.entries(ARMS)) {
      const { total } = await run(bench, config);
      // The arm's landing is the last page load before this marker; its window ends at that load.
      const marker = `${arm}-${pair}`;
      await cdp.send('Tracing.recordClockSyncMarker', { syncId: marker });
      runs.push({ arm, total, marker });
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await close();
}
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/trace.json', JSON.stringify(events));

/** @type {Map<string, string>} */
const names = new Map();
for (const event of events) {
  if (event.ph !== 'M') continue;
  if (event.name === 'process_name') names.set(`${event.pid}`, event.args.name);
  if (event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, event.args.name);
}
const threadOf = (/** @type {Record<string, any>} */ event) =>
  `${names.get(`${event.pid}`) ?? event.pid} / ${names.get(`${event.pid}:${event.tid}`) ?? event.tid}`;
const loads = events.filter((event) => event.name === 'MarkLoad').map((event) => event.ts);
const markers = new Map(
  events.filter((event) => event.name === 'clock_sync').map((event) => [event.args?.sync_id, event.ts]),
);
const tasks = events
  .filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask')
  .sort((a, b) => a.ts - b.ts);

/** Microseconds each thread ran tasks within [start, end]; a task run inside another's wait counts once. */
function busyBetween(/** @type {number} */ start, /** @type {number} */ end) {
  /** @type {Map<string, number>} */
  const busy = new Map();
  /** @type {Map<string, number>} */
  const lastEnd = new Map();
  for (const task of tasks) {
    const thread = threadOf(task);
    if (task.ts + task.dur < start || task.ts > end || task.ts < (lastEnd.get(thread) ?? 0)) continue;
    lastEnd.set(thread, task.ts + task.dur);
    busy.set(thread, (busy.get(thread) ?? 0) + Math.min(task.ts + task.dur, end) - Math.max(task.ts, start));
  }
  return busy;
}

for (const arm of Object.keys(ARMS)) {
  /** @type {Array<{ window: number, cpu: number, busy: Map<string, number> }>} */
  const samples = [];
  for (const run of runs.filter((candidate) => candidate.arm === arm)) {
    const markedAt = markers.get(run.marker);
    const end = markedAt === undefined ? undefined : loads.filter((load) => load < markedAt).at(-1);
    if (end === undefined) continue;
    const busy = busyBetween(end - run.total * 1000, end);
    samples.push({ window: run.total, cpu: [...busy.values()].reduce((sum, us) => sum + us, 0) / 1000, busy });
  }
  const threads = [...new Set(samples.flatMap((sample) => [...sample.busy.keys()]))];
  const busiest = threads
    .map((thread) => ({ thread, ms: median(samples.map((sample) => (sample.busy.get(thread) ?? 0) / 1000)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);
  const window = median(samples.map((sample) => sample.window));
  const cpu = median(samples.map((sample) => sample.cpu));
  console.log(`${arm} (${samples.length}), medians: ${window.toFixed(1)} ms, threads busy ${cpu.toFixed(1)} ms in all`);
  for (const { thread, ms } of busiest) console.log(`  ${ms.toFixed(1).padStart(6)}  ${thread}`);
}
