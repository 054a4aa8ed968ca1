// @ts-check
// What a run measures: every arm in the base case, and the scale arms at each size, all of them in every
// round, in a shuffled order, so that drift and warm-up spread over all arms alike.
import * as arms from './arms.mjs';

/** @typedef {import('./arms.mjs').Config} Config */
/** @typedef {keyof Config} Dimension */
/** @typedef {Record<Dimension, number[]>} Scales */
/** @typedef {{ arm: ArmName, config: Config }} Unit */

/** The issue's scales: cookies near Chromium's 180 a site, other sites' cookies near its 3,300 in all. */
export const FULL_SCALES = { cookies: [10, 50, 170], tabs: [1, 20, 100], rules: [1, 100, 500], bystanders: [0, 3000] };
/** Small enough for `npm test`, and still every arm and every dimension once. */
export const SMOKE_SCALES = { cookies: [5, 20], tabs: [1, 4], rules: [1, 10], bystanders: [0, 60] };

export const ARMS = {
  logout: { label: 'Logout, popup', what: 'click on Log out → the login page’s `load`', run: arms.popupLogout },
  shortcut: { label: 'Logout, shortcut', what: 'Alt+Shift+L pressed → `load`', run: arms.shortcutLogout },
  floor: {
    label: 'Floor, from the popup',
    what: '`chrome.tabs.update` in the popup → `load`, nothing cleared',
    run: arms.floorFromPopup,
  },
  floorWorker: {
    label: 'Floor, from the worker',
    what: '`chrome.tabs.update` in the service worker → `load`, nothing cleared',
    run: arms.floorFromWorker,
  },
  floorShortcut: {
    label: 'Floor, from a shortcut',
    what: 'an empty extension’s Alt+Shift+J pressed → its worker’s `chrome.tabs.update` → `load`, nothing cleared',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) => arms.floorFromShortcut(bench, config),
  },
  coldPopup: {
    label: 'Cold start, popup open',
    what: 'worker stopped with the popup ready, then click → `load`',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) => arms.popupLogout(bench, config, true),
  },
  coldShortcut: {
    label: 'Cold start, no SignOff page',
    what: 'worker stopped, no popup, then Alt+Shift+L → `load`',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) => arms.shortcutLogout(bench, config, true),
  },
  reference: {
    label: 'Reference',
    what: '`cookies.getAll`, then `cookies.remove` one at a time, in the service worker',
    run: arms.reference,
  },
  clearingCall: {
    label: 'Clearing call alone',
    what: 'from the signed-in page: `browsingData.remove` of every kind of data, the site’s 20 hosts and the tab’s origin, in the worker',
    run: arms.clearingCall,
  },
  cookieQuery: {
    label: 'One cookie query',
    what: '`cookies.getAll({ domain, partitionKey: {} })` for the site, in the worker',
    run: arms.cookieQuery,
  },
  emptyWorker: {
    label: 'Empty worker (control)',
    what: 'an empty extension’s popup asks its worker to navigate → `load`',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) => arms.emptyWorkerNavigation(bench, config),
  },
  emptyWorkerCold: {
    label: 'Empty worker, cold (control)',
    what: 'the same, its worker stopped first',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) =>
      arms.emptyWorkerNavigation(bench, config, true),
  },
  emptyShortcutCold: {
    label: 'Empty shortcut, cold (control)',
    what: 'the floor from a shortcut, the empty extension’s worker stopped and no page of it open',
    run: (/** @type {arms.Bench} */ bench, /** @type {Config} */ config) => arms.floorFromShortcut(bench, config, true),
  },
  emptyPopup: {
    label: 'Empty popup (control)',
    what: 'an empty extension’s popup: `openPopup()` → its `load`',
    run: arms.emptyPopup,
  },
};

/** @typedef {keyof typeof ARMS} ArmName */

/** Arms measured at every size of a dimension besides the logout and the floor, for the table's extra columns. */
export const EXTRA_ARMS = /** @type {Partial<Record<Dimension, ArmName[]>>} */ ({
  cookies: ['reference'],
  bystanders: ['cookieQuery'],
});

/** The base case: the most cookies, one tab, one rule, no other sites' cookies. @param {Scales} scales @returns {Config} */
export function baseOf(scales) {
  return {
    cookies: Math.max(...scales.cookies),
    tabs: Math.min(...scales.tabs),
    rules: Math.min(...scales.rules),
    bystanders: Math.min(...scales.bystanders),
  };
}

/** @param {Scales} scales @returns {Unit[]} one round's measurements */
export function unitsOf(scales) {
  const base = baseOf(scales);
  /** @type {Unit[]} */
  const units = Object.keys(ARMS).map((arm) => ({ arm: /** @type {ArmName} */ (arm), config: base }));
  for (const dimension of /** @type {Dimension[]} */ (Object.keys(scales))) {
    for (const size of scales[dimension]) {
      if (size === base[dimension]) continue;
      const config = { ...base, [dimension]: size };
      const scaleArms = /** @type {ArmName[]} */ (['logout', 'floor', ...(EXTRA_ARMS[dimension] ?? [])]);
      units.push(...scaleArms.map((arm) => ({ arm, config })));
    }
  }
  return units;
}

/**
 * One round in a fresh random order. Units that share the costly state (tabs open, rules, other sites'
 * cookies) run together, so that state is set up once a round; the groups come in a random order too.
 * @param {Unit[]} units @returns {Unit[][]}
 */
export function shuffledRound(units) {
  /** @type {Map<string, Unit[]>} */
  const groups = new Map();
  for (const unit of units) {
    const key = `${unit.config.tabs}/${unit.config.rules}/${unit.config.bystanders}`;
    groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return shuffle([...groups.values()].map(shuffle));
}

/** @template T @param {T[]} items @returns {T[]} */
function shuffle(items) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [/** @type {T} */ (copy[j]), /** @type {T} */ (copy[i])];
  }
  return copy;
}
