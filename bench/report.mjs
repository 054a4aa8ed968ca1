// @ts-check
// The report: the base case's arms, the ratios, the budgets with pass or miss, the phases, the scale tables
// and the bytes, as markdown (printed, and written to bench/RESULTS.md).

import { budgetIntervals, budgetsOf, headlineFigures, ratiosSection } from './budgets.mjs';
import { ARMS, baseOf } from './plan.mjs';
import { scaleSection } from './scale-report.mjs';
import { clearingPhase, median, ms, range, selector } from './stats.mjs';

/** @typedef {import('./stats.mjs').Result} Result */
/** @typedef {import('./plan.mjs').Scales} Scales */
/** @typedef {import('./bytes.mjs').Bytes} Bytes */
/** @typedef {import('./budgets.mjs').Budget} Budget */

/**
 * @param {{ results: Result[], scales: Scales, bytes: Bytes, header: string[] }} run
 * @returns {{ markdown: string, budgets: Budget[] }}
 */
export function report({ results, scales, bytes, header }) {
  const base = baseOf(scales);
  const pick = selector(results);
  const figures = headlineFigures(pick, base, scales, bytes);
  const budgets = budgetsOf(figures, base);
  const sections = [
    ['# SignOff benchmark', '', ...header],
    armsSection(pick, base),
    ratiosSection(figures, base),
    budgetsSection(budgets, budgetIntervals(results, base, scales, bytes)),
    phasesSection(pick, base),
    .../** @type {(keyof Scales)[]} */ (Object.keys(scales)).map((dimension) => scaleSection(pick, scales, dimension)),
    bytesSection(bytes),
  ];
  return { markdown: `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`, budgets };
}

/**
 * Each budget with pass or miss, and how firm that is: a result whose 95 % interval (bootstrap) crosses the limit
 * could have gone the other way in another run.
 * @param {Budget[]} budgets @param {Array<{ low: number, high: number }>} intervals
 */
function budgetsSection(budgets, intervals) {
  const rows = budgets.map((budget, index) => {
    const { low = Number.NaN, high = Number.NaN } = intervals[index] ?? {};
    const known = !Number.isNaN(low) && !Number.isNaN(high);
    const interval = known ? `${budget.format(low)} – ${budget.format(high)}` : '–';
    const firm = known && budget.passes(low) === budget.pass && budget.passes(high) === budget.pass;
    const result = budget.pass ? 'pass' : '**miss**';
    return `| ${budget.name} | ${budget.figure} | ${interval} | ${budget.limit} | ${result} | ${firm ? 'yes' : 'no'} |`;
  });
  return [
    '## Budgets',
    '',
    'The 95 % interval: of 2,000 bootstrap draws, each drawing every arm’s samples again, with replacement, from',
    'this run’s. “Firm”: the whole interval is on the same side of the limit as the figure.',
    '',
    '| budget | figure | 95 % interval | limit | result | firm |',
    '|---|---|---|---|---|---|',
    ...rows,
  ];
}

/** @param {ReturnType<typeof selector>} pick @param {import('./arms.mjs').Config} base */
function armsSection(pick, base) {
  /** @param {string} label @param {string} what @param {number[]} values */
  const row = (label, what, values) =>
    `| ${label} | ${what} | ${ms(median(values))} | ${range(values)} | ${values.length} |`;
  const popups = pick.samples(['logout', 'floor', 'coldPopup'], base);
  const popupRows = [
    row(
      'Popup',
      '`action.openPopup()` → Log out enabled',
      popups.map((s) => s.popup ?? Number.NaN),
    ),
    row(
      'Popup page',
      'the popup’s page starts → Log out enabled',
      popups.map((s) => s.popupPage ?? Number.NaN),
    ),
    row(
      'Empty popup page (control)',
      'an empty extension’s popup page starts → its `load`',
      pick.values('emptyPopup', base, (s) => s.popupPage),
    ),
  ];
  return [
    '## Logout, end to end',
    '',
    `Base case: ${base.cookies} cookies of the site over 20 of its hosts, ${base.tabs} tab, ${base.rules} rule, ` +
      `${base.bystanders} cookies of other sites. Times in ms.`,
    '',
    '| arm | what is timed | median | min–max | n |',
    '|---|---|---|---|---|',
    ...Object.entries(ARMS).map(([arm, { label, what }]) => row(label, what, pick.values(arm, base))),
    row(
      'SignOff’s clearing phase',
      'target, survey, freeze, clearing, verification (popup logouts)',
      pick.values('logout', base, clearingPhase),
    ),
    ...popupRows,
    '',
    keyBracketNote(pick.samples(['shortcut', 'coldShortcut'], base)),
    '',
    workerStartNote(pick.samples(['coldPopup'], base), pick.samples(['coldShortcut'], base)),
  ];
}

/**
 * How long the browser took to start the stopped worker: with the popup open, its process is running; with no
 * SignOff page open, the browser starts one first.
 * @param {import('./arms.mjs').Sample[]} popup @param {import('./arms.mjs').Sample[]} shortcut
 */
function workerStartNote(popup, shortcut) {
  const [fromClick, fromKey] = [popup, shortcut].map((samples) => samples.map((s) => s.workerStart ?? Number.NaN));
  return (
    `After a cold start, the worker’s global scope existed ${ms(median(fromClick ?? []))} ms after the click ` +
    `(popup open; ${range(fromClick ?? [])} ms) and ${ms(median(fromKey ?? []))} ms after the key ` +
    `(no SignOff page open; ${range(fromKey ?? [])} ms), medians.`
  );
}

/**
 * How well the shortcut's start is known: the page never sees the L, whose press falls between the page's
 * keydown of K (where the clock starts) and its keyup of L.
 * @param {import('./arms.mjs').Sample[]} samples
 */
function keyBracketNote(samples) {
  const widths = samples.map((s) => s.keyBracket ?? Number.NaN);
  return (
    'The shortcut’s clock starts at the page’s keydown of K, pressed just before the L (which the browser keeps ' +
    `from the page); the page’s keyup of L came ${ms(median(widths))} ms later (median; ${range(widths)} ms).`
  );
}

/** @param {ReturnType<typeof selector>} pick @param {import('./arms.mjs').Config} base */
function phasesSection(pick, base) {
  /** @param {string} label @param {(s: import('./arms.mjs').Sample) => number | undefined} of */
  const row = (label, of) => {
    const [warm, cold] = ['logout', 'coldPopup'].map((arm) => pick.values(arm, base, of));
    return `| ${label} | ${ms(median(warm ?? []))} | ${range(warm ?? [])} | ${ms(median(cold ?? []))} | ${range(cold ?? [])} |`;
  };
  const phase = (/** @type {string} */ name) => (/** @type {import('./arms.mjs').Sample} */ s) => s.phases?.[name];
  const delivered = (/** @type {import('./arms.mjs').Sample} */ s) =>
    s.message !== undefined && s.workerStart !== undefined && s.workerScripts !== undefined
      ? s.message - s.workerStart - s.workerScripts
      : undefined;
  return [
    '## Phases',
    '',
    'Where a popup logout’s time goes, in the base case, warm and after a cold start with the popup open (from the',
    'report’s `timing`; medians do not add up).',
    '',
    '| phase | warm: median | min–max | cold: median | min–max |',
    '|---|---|---|---|---|',
    row('message: click → the background starts', (s) => s.message),
    row('(cold: click → the worker’s global scope exists)', (s) => s.workerStart),
    row('(cold: → its scripts fetched, compiled and run)', (s) => s.workerScripts),
    row('(cold: → the message delivered, the logout started)', delivered),
    ...['target', 'survey', 'freeze', 'clearing', 'verification'].map((name) => row(name, phase(name))),
    row('navigation: the tab sent to the login page → its `load`', (s) => s.navigation),
    row('(the background’s landing phase: → commit, and the status read)', phase('landing')),
    row('total: click → `load`', (s) => s.total),
  ];
}

/** @param {Bytes} bytes */
function bytesSection(bytes) {
  const row = (/** @type {string} */ name, /** @type {{ raw: number, gzip: number }} */ size) =>
    `| ${name} | ${size.raw.toLocaleString('en')} | ${size.gzip.toLocaleString('en')} |`;
  return [
    '## Bytes',
    '',
    'Gzipped at level 9, each file alone.',
    '',
    '| file | raw | gzip |',
    '|---|---|---|',
    ...bytes.popup.files.map((file) => row(`popup: \`${file.name}\``, file)),
    row('**popup JS + CSS**', bytes.popup),
    ...bytes.worker.files.map((file) => row(`service worker: \`${file.name}\``, file)),
    row('**service worker**', bytes.worker),
  ];
}
