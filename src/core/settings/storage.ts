import type { AppliedChange } from './changes';
import { parseSettings } from './parse';
import { checkRule, DEFAULT_SETTINGS, type Settings, type SettingsIssue } from './schema';

/**
 * How settings sit in storage.sync: one item for the version and defaults and
 * one item per rule, so that no item nears sync's per-item size limit and an
 * edit rewrites only the rules it touched.
 */
export const META_KEY = 'settings';
const RULE_PREFIX = 'rule:';

/** The settings as the options page edits them, and where they are kept. */
export interface SettingsState {
  settings: Settings;
  /** Problems found in what storage held (such rules are not in use, and are kept as they are). */
  issues: SettingsIssue[];
  area: 'sync' | 'local';
  notice?: string;
  /** Set when the stored settings cannot be read, and so must not be changed here. */
  unreadable?: string;
}

export type StorageItems = Record<string, unknown>;

/** What storage.local holds when sync refused the settings: all of them, and why. */
export interface LocalFallback {
  reason: string;
  settings: Settings;
}

const ruleKey = (site: string) => `${RULE_PREFIX}${site}`;

export function toStorageItems(settings: Settings, sites: readonly string[] = settings.sites.map((r) => r.site)) {
  const items: StorageItems = {
    [META_KEY]: { version: settings.version, defaults: settings.defaults, order: settings.sites.map((r) => r.site) },
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

/**
 * The settings in force: the local copy while sync refuses them, otherwise
 * sync's. Sync is read either way, so that settings a newer SignOff wrote
 * there are never saved over.
 */
export function readStoredSettings(syncItems: StorageItems, fallback: LocalFallback | undefined): SettingsState {
  const raw = fromStorageItems(syncItems);
  const synced = raw === undefined ? { settings: structuredClone(DEFAULT_SETTINGS), issues: [] } : parseSettings(raw);
  const unreadable = 'unreadable' in synced ? synced.unreadable : undefined;
  const inForce = fallback
    ? { ...parseSettings(fallback.settings), area: 'local' as const }
    : { ...synced, area: 'sync' as const };
  return {
    settings: inForce.settings,
    issues: inForce.issues,
    area: inForce.area,
    ...(fallback ? { notice: localNotice(fallback.reason) } : {}),
    ...(unreadable ? { unreadable } : {}),
  };
}

export function localNotice(reason: string): string {
  return `Browser sync refused these settings (${reason}), so they are saved in this browser only. SignOff tries sync again at every save.`;
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
      const readable = checkRule(value);
      if ('rule' in readable && ruleKey(readable.rule.site) === key) remove.add(key);
    }
  }
  return { set, remove: [...remove].filter((key) => !(key in set)) };
}
