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

/**
 * The raw settings object that storage holds, for parseSettings to check.
 * Empty storage is no settings yet; rules whose meta item has not synced yet
 * are read as version 1, the version that wrote them.
 */
export function fromStorageItems(items: StorageItems): unknown {
  const rules = Object.entries(items)
    .filter(([key]) => key.startsWith(RULE_PREFIX))
    .map(([, rule]) => rule);
  const meta = items[META_KEY];
  if (meta === undefined && rules.length === 0) return undefined;
  const { order, ...rest } = (typeof meta === 'object' && meta !== null ? meta : { version: 1 }) as {
    order?: unknown;
  };
  const position = (rule: unknown) => {
    const site = (rule as { site?: unknown } | null)?.site;
    const index = Array.isArray(order) ? order.indexOf(site) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return { ...rest, sites: rules.sort((a, b) => position(a) - position(b)) };
}

/** The items of rules that a change removed. Only these are deleted: never a rule SignOff could not read. */
export function ruleKeys(sites: readonly string[]): string[] {
  return sites.map((site) => `${RULE_PREFIX}${site}`);
}
