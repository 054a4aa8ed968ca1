import type { AppliedChange } from './change';
import { isPlainObject } from './objects';
import { checkRule } from './rule';
import type { Settings } from './schema';

/**
 * How settings sit in storage.sync: one item for the version and defaults and
 * one item per rule, so that no item nears sync's per-item size limit and an
 * edit rewrites only the rules it touched.
 */
export const META_KEY = 'settings';
const RULE_PREFIX = 'rule:';

export type StorageItems = Record<string, unknown>;

const ruleKey = (site: string) => `${RULE_PREFIX}${site}`;

export function toStorageItems(settings: Settings, sites: readonly string[] = settings.sites.map((r) => r.site)) {
  const items: StorageItems = {
    [META_KEY]: {
      version: settings.version,
      defaults: settings.defaults,
      ...(settings.keep.length ? { keep: settings.keep } : {}),
      order: settings.sites.map((r) => r.site),
    },
  };
  for (const rule of settings.sites) if (sites.includes(rule.site)) items[ruleKey(rule.site)] = rule;
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
  const { order, ...rest } = isPlainObject(meta) ? meta : { version: 1 };
  const position = (rule: unknown) => {
    const index = Array.isArray(order) && isPlainObject(rule) ? order.indexOf(rule.site) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return { ...rest, sites: rules.sort((a, b) => position(a) - position(b)) };
}

export interface SyncWrite {
  set: StorageItems;
  remove: string[];
}

/**
 * The items a change writes to sync, and the rule items it deletes. Only
 * rules the change removed are deleted, and when every rule is rewritten
 * (an import, or sync taking over again from the local copy) any other rule
 * SignOff can read; never an item it cannot read.
 */
export function planSyncWrite(syncItems: StorageItems, change: AppliedChange, rewriteAll: boolean): SyncWrite {
  const everything = rewriteAll || change.replacedAll;
  const set = everything ? toStorageItems(change.settings) : toStorageItems(change.settings, change.changedSites);
  const remove = new Set(change.removedSites.map(ruleKey));
  if (everything) {
    for (const [key, value] of Object.entries(syncItems)) {
      if (!key.startsWith(RULE_PREFIX) || key in set) continue;
      const { rule } = checkRule(value);
      if (rule && ruleKey(rule.site) === key) remove.add(key);
    }
  }
  return { set, remove: [...remove].filter((key) => !(key in set)) };
}
