// @ts-check
// `npm run bench`: the benchmark of the whole product (bench/, README "Benchmark"). Builds dist/, measures
// every arm interleaved in real Chromium, prints the tables and writes them to bench/RESULTS.md.
//   npm run bench -- --smoke      one round at small scales: proves every arm still works (npm test runs it)
//   SIGNOFF_DIST=dir, --dist=dir  measure that build as it is, without building
//   npm run bench -- --base       the base case only, no scale tables: for a quick look while working
//   BENCH_ROUNDS=n                rounds (default 11; RESULTS.md is written only from 7 up)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MIN_ROUNDS, runBench } from '../bench/index.mjs';
import { baseOf, FULL_SCALES, SMOKE_SCALES } from '../bench/plan.mjs';
import { ensureDependencies, requireChromium, requirePrograms, run } from './setup.mjs';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const baseOnly = args.includes('--base');
const givenDist = args.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? process.env.SIGNOFF_DIST;
const rounds = Number(process.env.BENCH_ROUNDS ?? (smoke ? 1 : 11));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number, not ${rounds}`);

ensureDependencies();
// The site's certificate is made with openssl; the shortcut is pressed for real on a private X server.
requirePrograms(['openssl', 'Xvfb', 'xdotool'], 'The benchmark');
const executablePath = requireChromium();
if (!givenDist) run('npx', 'vite', 'build', '--logLevel', 'warn');
const dist = resolve(givenDist ?? 'dist');
// Ctrl+C still closes the benchmark's browser and X server (they go with the process's exit).
process.on('SIGINT', () => process.exit(130));
// Each measurement has its own time limit (bench/index.mjs); this one also covers starting and closing.
const RUN_LIMIT_MINUTES = smoke ? 5 : 90;
setTimeout(() => {
  console.error(`\n✗ bench: not done after ${RUN_LIMIT_MINUTES} minutes; stopped`);
  process.exit(1);
}, RUN_LIMIT_MINUTES * 60_000).unref();
// A failure outside the run's own chain (a listener, a timer) still fails the run, loudly.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (error) => {
    console.error(`\n✗ bench: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    process.exit(1);
  });
}

const log = (/** @type {string} */ line) => console.log(`bench: ${line}`);
const scales = smoke ? SMOKE_SCALES : baseOnly ? baseScalesOf(FULL_SCALES) : FULL_SCALES;
const outcome = await runBench({
  executablePath,
  dist,
  builtNow: !givenDist,
  rounds,
  warmUp: !smoke,
  scales,
  log,
}).catch((error) => {
  console.error(`\n✗ bench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
if (outcome.results.length === 0) {
  console.error('\n✗ bench: the run measured nothing');
  process.exit(1);
}
if (smoke) {
  log(`smoke run passed: ${outcome.results.length} measurements, each checked its outcome (${outcome.minutes} min)`);
} else {
  console.log(`\n${outcome.markdown}`);
  // Every sample, in the order measured, for whoever wants more than the tables.
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/bench-samples.json', JSON.stringify(outcome.results, null, 1));
  log('every sample: .tmp/bench-samples.json');
  if (rounds >= MIN_ROUNDS && !baseOnly) {
    writeFileSync('bench/RESULTS.md', outcome.markdown);
    log('written to bench/RESULTS.md');
  } else {
    log(
      `not written to bench/RESULTS.md: ${baseOnly ? 'the base case only' : `${rounds} rounds, fewer than the ${MIN_ROUNDS} the figures need`}`,
    );
  }
}

/** Every dimension at its base-case size only. @param {import('../bench/plan.mjs').Scales} scales */
function baseScalesOf(scales) {
  const base = baseOf(scales);
  return { cookies: [base.cookies], tabs: [base.tabs], rules: [base.rules], bystanders: [base.bystanders] };
}
