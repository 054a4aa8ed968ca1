import type { Settings } from './settings';

/**
 * How settings sit in storage.sync: one item for the version and defaults and
 * one item per rule, so that no item nears sync's per-item size limit and
 * editing one rule rewrites one item.
 */
export const META_KEY = 'settings';
const RULE_PREFIX = 'rule:';

export type StorageItems = Record<string, unknown>;

export function toStorageItems(settings: Settings): StorageItems {
  const items: StorageItems = {
    [META_KEY]: { version: settings.version, defaults: settings.defaults, order: settings.sites.map((r) => r.site) },
  };
  for (const rule of settings.sites) items[`${RULE_PREFIX}${rule.site}`] = rule;
  return items;
}

/** The raw settings object that storage holds, for parseSettings to check. Empty storage is no settings yet. */
export function fromStorageItems(items: StorageItems): unknown {
  const meta = items[META_KEY];
  const rules = Object.entries(items)
    .filter(([key]) => key.startsWith(RULE_PREFIX))
    .map(([, rule]) => rule);
  if (meta === undefined && rules.length === 0) return undefined;
  const { order, ...rest } = (typeof meta === 'object' && meta !== null ? meta : {}) as { order?: unknown };
  const position = (rule: unknown) => {
    const site = (rule as { site?: unknown } | null)?.site;
    const index = Array.isArray(order) ? order.indexOf(site) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return { ...rest, sites: rules.sort((a, b) => position(a) - position(b)) };
}

/** Keys that held settings before and must go now (removed rules). */
export function staleKeys(before: StorageItems, after: StorageItems): string[] {
  return Object.keys(before).filter((key) => (key === META_KEY || key.startsWith(RULE_PREFIX)) && !(key in after));
}
