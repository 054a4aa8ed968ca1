// @ts-check
// Medians and ranges of the samples, and the few ways the report writes them.

/** @typedef {import('./arms.mjs').Sample} Sample */
/** @typedef {import('./arms.mjs').Config} Config */
/** @typedef {{ arm: import('./plan.mjs').ArmName, config: Config, round: number, sample: Sample }} Result */

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? /** @type {number} */ (sorted[middle])
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** @param {number} ms */
export const ms = (ms) => (Number.isNaN(ms) ? '–' : ms.toFixed(1));

/** @param {number[]} values */
export const range = (values) => (values.length ? `${ms(Math.min(...values))}–${ms(Math.max(...values))}` : '–');

/** "median (min–max)" @param {number[]} values */
export const spread = (values) => `${ms(median(values))} (${range(values)})`;

/** What SignOff's background does before it sends the tab away: all phases but the landing. @param {Sample} sample */
export function clearingPhase(sample) {
  const { landing: _landing, ...before } = sample.phases ?? {};
  return Object.values(before).reduce((sum, value) => sum + value, 0);
}

/** @param {Result[]} results */
export function selector(results) {
  /** @param {string[]} arms @param {Config} config */
  const samples = (arms, config) =>
    results.filter((r) => arms.includes(r.arm) && sameConfigAs(r.config, config)).map((r) => r.sample);
  return {
    samples,
    /**
     * @param {string} arm @param {Config} config @param {(sample: Sample) => number | undefined} [pick]
     * @returns {number[]}
     */
    values(arm, config, pick = (sample) => sample.total) {
      return /** @type {number[]} */ (
        samples([arm], config)
          .map(pick)
          .filter((value) => value !== undefined)
      );
    },
  };
}

/** @param {Config} a @param {Config} b */
function sameConfigAs(a, b) {
  return a.cookies === b.cookies && a.tabs === b.tabs && a.rules === b.rules && a.bystanders === b.bystanders;
}
