// @ts-check
// The benchmark of the whole product: every arm, interleaved, round after round, in one headed Chromium
// with the built extension, against the local HTTPS test site. `scripts/bench.mjs` runs it.
import { basename } from 'node:path';
import { measureBytes } from './bytes.mjs';
import { describeBuild, describeMachine, startCpuMeter } from './machine.mjs';
import { ARMS, shuffledRound, unitsOf } from './plan.mjs';
import { report } from './report.mjs';
import { startBench } from './setup.mjs';
import { settle } from './world.mjs';

/** The issue asks for at least this many repetitions of every arm. */
export const MIN_ROUNDS = 7;

/**
 * @param {{ executablePath: string, dist: string, builtNow: boolean, rounds: number, warmUp: boolean,
 *   scales: import('./plan.mjs').Scales, log: (line: string) => void }} options
 */
export async function runBench({ executablePath, dist, builtNow, rounds, warmUp, scales, log }) {
  const started = Date.now();
  const build = describeBuild(dist, builtNow);
  const cpu = startCpuMeter();
  const units = unitsOf(scales);
  const bytes = measureBytes(dist);
  const session = await startBench({ executablePath, dist });
  /** @type {import('./stats.mjs').Result[]} */
  const results = [];
  let chromium = 'unknown';
  let othersShare = 0;
  try {
    // Chromium calls itself "Chrome/<version>" over the protocol: the program's own name says which it is.
    chromium = `${basename(executablePath)} ${(await session.bench.browser.version()).replace(/^[^/]*\//, '')}`;
    log(`${units.length} measurements a round, ${rounds} round${rounds > 1 ? 's' : ''}, in ${chromium}`);
    // A first pass over the base case's arms, not counted: the browser's and the extension's first runs of
    // anything (compiling, caches, processes) are not what a logout costs.
    if (warmUp) {
      await enter(session, /** @type {import('./plan.mjs').Unit} */ (units[0]).config);
      for (const unit of units.filter((u) => u.config === units[0]?.config)) await measure(session.bench, unit);
    }
    for (let round = 1; round <= rounds; round++) {
      for (const group of shuffledRound(units)) {
        await enter(session, /** @type {import('./plan.mjs').Unit} */ (group[0]).config);
        for (const unit of group) results.push({ ...unit, round, sample: await measure(session.bench, unit) });
      }
      const others = Math.round(cpu.othersShare() * 100);
      log(
        `round ${round}/${rounds} done, ${Math.round((Date.now() - started) / 1000)} s; other processes: ${others} % CPU`,
      );
    }
    othersShare = cpu.othersShare();
  } finally {
    await session.close();
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const quiet = `other processes took ${Math.round(othersShare * 100)} % of the CPU time meanwhile`;
  const { date, machine } = describeMachine(chromium);
  const header = [
    `Measured ${date} on ${machine}, in ${chromium} (headed, on a private X server); build: ${build}.`,
    `${rounds} round${rounds > 1 ? 's' : ''}, each with every arm in a new shuffled order; the run took ${minutes} minutes, and ${quiet} ` +
      '(figures worth quoting come from a run near 0 %). Written by `npm run bench` (see README, "Benchmark").',
  ];
  return { ...report({ results, scales, bytes, header }), results, minutes };
}

/** @param {Awaited<ReturnType<typeof startBench>>} session @param {import('./arms.mjs').Config} config */
async function enter(session, config) {
  try {
    await session.enter(config);
  } catch (error) {
    const state = `${config.tabs} tabs, ${config.rules} rules, ${config.bystanders} others' cookies`;
    throw new Error(`Setting up ${state} failed: ${error instanceof Error ? error.message : error}`, { cause: error });
  }
}

/** @param {import('./arms.mjs').Bench} bench @param {import('./plan.mjs').Unit} unit */
async function measure(bench, { arm, config }) {
  try {
    const sample = await withinTime(ARMS[arm].run(bench, config), MEASUREMENT_TIMEOUT_MS);
    // A logout reloads the site's other tabs: the next arm starts once they have loaded, and what the last
    // one left running (Undo's snapshot, a notification) has had a moment to end.
    await settle(bench.browser, config.tabs);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return sample;
  } catch (error) {
    const where = `${config.cookies} cookies, ${config.tabs} tabs, ${config.rules} rules, ${config.bystanders} others' cookies`;
    throw new Error(`${ARMS[arm].label} (${where}) failed: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
}

/** No arm takes a tenth of this: one that does has hung, and the run says so rather than waiting forever. */
const MEASUREMENT_TIMEOUT_MS = 60_000;

/** @template T @param {Promise<T>} work @param {number} ms @returns {Promise<T>} */
function withinTime(work, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no outcome within ${ms / 1000} s`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([work, late]).finally(() => clearTimeout(timer)));
}
