// @ts-check
// The figures the issue sets budgets for, their ratios, and each budget with pass or miss.
import { clearingPhase, median, ms } from './stats.mjs';

/** @typedef {import('./plan.mjs').Scales} Scales */
/** @typedef {import('./bytes.mjs').Bytes} Bytes */
/** @typedef {ReturnType<typeof import('./stats.mjs').selector>} Selector */
/** @typedef {{ name: string, figure: string, limit: string, pass: boolean }} Budget */

/**
 * @param {Selector} pick @param {import('./arms.mjs').Config} base @param {Scales} scales
 * @param {Bytes} bytes
 */
export function headlineFigures(pick, base, scales, bytes) {
  const total = (/** @type {string} */ arm, config = base) => median(pick.values(arm, config));
  const popups = pick.samples(['logout', 'floor', 'coldPopup'], base);
  const crowded = { ...base, bystanders: Math.max(...scales.bystanders) };
  return {
    popupRatio: total('logout') / total('floor'),
    shortcutRatio: total('shortcut') / total('floorWorker'),
    referenceRatio: total('reference') / median(pick.values('logout', base, clearingPhase)),
    coldPopup: total('coldPopup') - total('logout'),
    coldShortcut: total('coldShortcut') - total('shortcut'),
    coldControl: total('emptyWorkerCold') - total('emptyWorker'),
    // No logout that clears before it lands can go below the floor plus the browser's clearing call.
    leastPopupRatio: (total('floor') + total('clearingCall')) / total('floor'),
    popupPage: median(popups.map((s) => s.popupPage ?? Number.NaN)),
    popupBytes: bytes.popup.gzip,
    bystanderRatio: total('logout', crowded) / total('logout'),
    crowded: crowded.bystanders,
  };
}

/** @param {ReturnType<typeof headlineFigures>} f @param {import('./arms.mjs').Config} base */
export function ratiosSection(f, base) {
  const plus = (/** @type {number} */ value) => `${value >= 0 ? '+' : ''}${ms(value)} ms`;
  return [
    '## Ratios',
    '',
    '| ratio | value |',
    '|---|---|',
    `| logout / floor, popup (both from the popup) | ${f.popupRatio.toFixed(2)} |`,
    `| logout / floor, shortcut (against the floor from the worker) | ${f.shortcutRatio.toFixed(2)} |`,
    `| (floor + the clearing call alone) / floor, popup: the least a logout that clears first can reach | ${f.leastPopupRatio.toFixed(2)} |`,
    `| reference / SignOff’s clearing phase, ${base.cookies} cookies | ${f.referenceRatio.toFixed(1)} |`,
    `| cold start, popup open − warm popup logout | ${plus(f.coldPopup)} |`,
    `| cold start, no SignOff page − warm shortcut logout | ${plus(f.coldShortcut)} |`,
    `| cold start of an empty extension’s worker − warm (control) | ${plus(f.coldControl)} |`,
    `| logout with ${f.crowded} cookies of other sites / with none | ${f.bystanderRatio.toFixed(2)} |`,
  ];
}

/** @param {ReturnType<typeof headlineFigures>} f @param {import('./arms.mjs').Config} base @returns {Budget[]} */
export function budgetsOf(f, base) {
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    {
      name: 'logout ≤ 1.15 × floor, popup (median)',
      figure: f.popupRatio.toFixed(2),
      limit: '≤ 1.15',
      pass: f.popupRatio <= 1.15,
    },
    {
      name: 'logout ≤ 1.15 × floor, shortcut (median)',
      figure: f.shortcutRatio.toFixed(2),
      limit: '≤ 1.15',
      pass: f.shortcutRatio <= 1.15,
    },
    {
      name: `reference / clearing phase, ${base.cookies} cookies`,
      figure: f.referenceRatio.toFixed(1),
      limit: '≥ 10',
      pass: f.referenceRatio >= 10,
    },
    { name: 'cold start adds, popup open', figure: `${ms(f.coldPopup)} ms`, limit: '≤ 30 ms', pass: f.coldPopup <= 30 },
    {
      name: 'cold start adds, no SignOff page open',
      figure: `${ms(f.coldShortcut)} ms`,
      limit: '≤ 30 ms',
      pass: f.coldShortcut <= 30,
    },
    {
      name: 'popup interactive: its page starts → Log out enabled (median)',
      figure: `${ms(f.popupPage)} ms`,
      limit: '≤ 100 ms',
      pass: f.popupPage <= 100,
    },
    { name: 'popup JS + CSS, gzipped', figure: kb(f.popupBytes), limit: '≤ 15.0 KB', pass: f.popupBytes <= 15 * 1024 },
    {
      name: `logout with ${f.crowded} cookies of other sites / with none (the issue sets no figure: 10 % is this bench’s allowance for noise)`,
      figure: f.bystanderRatio.toFixed(2),
      limit: '≤ 1.10',
      pass: f.bystanderRatio <= 1.1,
    },
  ];
}
