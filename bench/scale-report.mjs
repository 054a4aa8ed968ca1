// @ts-check
// One table for each dimension that the work grows along, and a line that says which phase grew most.
import { baseOf } from './plan.mjs';
import { clearingPhase, median, ms, spread } from './stats.mjs';

/** @typedef {import('./arms.mjs').Sample} Sample */
/** @typedef {import('./plan.mjs').Scales} Scales */

const TITLES = {
  cookies: { title: 'Cookies of the site', unit: 'cookies', note: 'spread over 20 of its hosts' },
  tabs: {
    title: 'Open tabs',
    unit: 'tabs',
    note: 'a quarter of them on the site, reloaded by the logout (the default)',
  },
  rules: { title: 'Rules in settings', unit: 'rules', note: 'the site’s own and others’' },
  bystanders: {
    title: 'Other sites’ cookies in the jar',
    unit: 'cookies',
    note: 'over 20 other sites, all still there after each logout',
  },
};

/** Where a logout's time goes, for the growth line: the parts of `total` that the report's timing names. */
const PARTS = {
  message: (/** @type {Sample} */ s) => s.message,
  ...Object.fromEntries(
    ['target', 'survey', 'freeze', 'clearing', 'verification'].map((name) => [
      name,
      (/** @type {Sample} */ s) => s.phases?.[name],
    ]),
  ),
  navigation: (/** @type {Sample} */ s) => s.navigation,
};

/**
 * @param {ReturnType<typeof import('./stats.mjs').selector>} pick @param {Scales} scales
 * @param {keyof Scales} dimension
 */
export function scaleSection(pick, scales, dimension) {
  const { title, unit, note } = TITLES[dimension];
  const base = baseOf(scales);
  const sizes = [...scales[dimension]].sort((a, b) => a - b);
  const configs = sizes.map((size) => ({ ...base, [dimension]: size }));
  const cookies = dimension === 'cookies';
  const query = dimension === 'bystanders';
  const head = [
    'logout',
    'floor',
    'logout / floor',
    'clearing phase',
    ...(cookies ? ['reference', 'reference / clearing'] : []),
    ...(query ? ['one cookie query'] : []),
    ...Object.keys(PARTS).filter((p) => p !== 'message'),
    'popup page',
  ];
  const rows = configs.map((config, i) => {
    const of = (/** @type {string} */ arm, /** @type {(s: Sample) => number | undefined} */ f = (s) => s.total) =>
      pick.values(arm, config, f);
    const clearing = median(of('logout', clearingPhase));
    const cells = [
      spread(of('logout')),
      spread(of('floor')),
      (median(of('logout')) / median(of('floor'))).toFixed(2),
      ms(clearing),
      ...(cookies ? [ms(median(of('reference'))), (median(of('reference')) / clearing).toFixed(1)] : []),
      ...(query ? [ms(median(of('cookieQuery')))] : []),
      ...Object.entries(PARTS)
        .filter(([p]) => p !== 'message')
        .map(([, f]) => ms(median(of('logout', f)))),
      ms(median(pick.samples(['logout', 'floor'], config).map((s) => s.popupPage ?? Number.NaN))),
    ];
    return `| ${sizes[i]} | ${cells.join(' | ')} |`;
  });
  return [
    `## Scale: ${title.toLowerCase()}`,
    '',
    `${title}: ${note}; everything else as in the base case. Medians in ms, logout and floor with min–max.`,
    '',
    `| ${unit} | ${head.join(' | ')} |`,
    `|${'---|'.repeat(head.length + 1)}`,
    ...rows,
    '',
    growth(pick, configs, sizes, unit),
  ];
}

/**
 * From the smallest to the largest size: how much the logout grew, and in which phase most.
 * @param {ReturnType<typeof import('./stats.mjs').selector>} pick @param {import('./arms.mjs').Config[]} configs
 * @param {number[]} sizes @param {string} unit
 */
function growth(pick, configs, sizes, unit) {
  const first = /** @type {import('./arms.mjs').Config} */ (configs[0]);
  const last = /** @type {import('./arms.mjs').Config} */ (configs.at(-1));
  const delta = (/** @type {(s: Sample) => number | undefined} */ f) =>
    median(pick.values('logout', last, f)) - median(pick.values('logout', first, f));
  const parts = Object.entries(PARTS)
    .map(([name, f]) => /** @type {[string, number]} */ ([name, delta(f)]))
    .sort((a, b) => b[1] - a[1]);
  const [top, second] = parts;
  const signed = (/** @type {number} */ v) => `${v >= 0 ? '+' : ''}${ms(v)} ms`;
  return (
    `From ${sizes[0]} to ${sizes.at(-1)} ${unit}, a logout takes ${signed(delta((s) => s.total))} (median); ` +
    `the phase that grew most: ${top?.[0]} (${signed(top?.[1] ?? 0)}), then ${second?.[0]} (${signed(second?.[1] ?? 0)}).`
  );
}
