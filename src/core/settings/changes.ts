import { checkHttpUrl } from '../field-checks';
import { errorsOf, hasErrors, parseSettings, patchDefaults } from './parse';
import { applyRule, removeRule, ruleForHost } from './rules';
import { checkRule, type Defaults, type Rule, type Settings, type SettingsIssue } from './schema';

/**
 * One change a user makes to the settings. The background applies each to
 * the settings as they are stored at that moment, so changes made elsewhere
 * (the popup, another synced browser) are kept.
 */
export type SettingsChange =
  /**
   * Adds a rule, or with `replacing` replaces that one. `expected` is the rule
   * as the editor first showed it: if the stored rule has changed since, the
   * change is refused rather than undo the other edit.
   */
  | { kind: 'putRule'; rule: unknown; replacing?: string; expected?: unknown }
  | { kind: 'removeRule'; site: string }
  | { kind: 'patchDefaults'; defaults: unknown }
  /** "Use this page as login page": the rule that applies to the host, or a new one for its site. */
  | { kind: 'setLoginUrl'; host: string; site: string; loginUrl: string }
  /** Import (and undoing an import): all rules and defaults at once. */
  | { kind: 'replaceAll'; settings: unknown };

export interface AppliedChange {
  settings: Settings;
  /** Rules whose stored item must be written. */
  changedSites: string[];
  /** Rules whose stored item must be deleted. */
  removedSites: string[];
  /** Every rule is new: write them all, and delete any other rule SignOff can read. */
  replacedAll: boolean;
}

export type ChangeOutcome = AppliedChange | { issues: SettingsIssue[] };

const applied = (settings: Settings, changed: string[], removed: string[] = []): AppliedChange => ({
  settings,
  changedSites: changed,
  removedSites: removed,
  replacedAll: false,
});
const refused = (where: string, message: string): ChangeOutcome => ({
  issues: [{ severity: 'error', where, message }],
});

export function applyChange(current: Settings, change: SettingsChange): ChangeOutcome {
  switch (change.kind) {
    case 'putRule':
      return putRule(current, change);
    case 'removeRule':
      return applied(removeRule(current, change.site), [], [change.site]);
    case 'patchDefaults': {
      const patched = patchDefaults(current.defaults, change.defaults);
      return 'issues' in patched ? patched : applied({ ...current, defaults: patched.defaults }, []);
    }
    case 'setLoginUrl': {
      const login = checkHttpUrl(change.loginUrl);
      if (!login.ok) return refused('loginUrl', login.message);
      const existing = ruleForHost(current, change.host);
      const rule: Rule = { ...(existing ?? { site: change.site }), loginUrl: login.value };
      return applied(applyRule(current, rule), [rule.site]);
    }
    case 'replaceAll': {
      const { settings, issues } = parseSettings(change.settings);
      if (hasErrors(issues)) return { issues: errorsOf(issues) };
      const kept = new Set(settings.sites.map((rule) => rule.site));
      return {
        settings,
        changedSites: [...kept],
        removedSites: current.sites.map((rule) => rule.site).filter((site) => !kept.has(site)),
        replacedAll: true,
      };
    }
  }
}

function putRule(current: Settings, change: Extract<SettingsChange, { kind: 'putRule' }>): ChangeOutcome {
  const checked = checkRule(change.rule);
  if ('errors' in checked) {
    return {
      issues: Object.entries(checked.errors).map(([field, message]) => ({ severity: 'error', where: field, message })),
    };
  }
  const { rule } = checked;
  const { replacing } = change;
  if (current.sites.some((existing) => existing.site === rule.site && existing.site !== replacing)) {
    return refused('site', `${rule.site} already has a rule`);
  }
  if (replacing !== undefined && change.expected !== undefined) {
    const stored = current.sites.find((existing) => existing.site === replacing);
    if (JSON.stringify(stored) !== JSON.stringify(change.expected)) {
      return refused(
        'rule',
        `the rule for ${replacing} was changed elsewhere while you edited it, so your edit was not saved. Cancel, then edit the rule again to start from that change.`,
      );
    }
  }
  const removed = replacing !== undefined && replacing !== rule.site ? [replacing] : [];
  return applied(applyRule(current, rule, replacing ?? rule.site), [rule.site], removed);
}

/**
 * The change that undoes `change`, made on `before`: removing what was added,
 * putting back what was removed or edited, restoring the defaults that were
 * patched. Only an import is undone by putting back everything.
 */
export function inverseOf(change: SettingsChange, before: Settings): SettingsChange | undefined {
  const ruleOf = (site: string) => before.sites.find((rule) => rule.site === site);
  switch (change.kind) {
    case 'removeRule': {
      const old = ruleOf(change.site);
      return old && { kind: 'putRule', rule: old };
    }
    case 'putRule': {
      const site = (change.rule as { site?: unknown }).site;
      const now = typeof site === 'string' ? checkRule({ site }) : undefined;
      const newSite = now && 'rule' in now ? now.rule.site : undefined;
      if (change.replacing === undefined) return newSite ? { kind: 'removeRule', site: newSite } : undefined;
      const old = ruleOf(change.replacing);
      return old && newSite ? { kind: 'putRule', rule: old, replacing: newSite } : undefined;
    }
    case 'patchDefaults':
      return { kind: 'patchDefaults', defaults: oldValuesOf(change.defaults, before.defaults) };
    case 'setLoginUrl':
      return undefined;
    case 'replaceAll':
      return { kind: 'replaceAll', settings: before };
  }
}

/** The values `before` had for the fields a patch sets. */
function oldValuesOf(patch: unknown, before: Defaults): Partial<Defaults> {
  const fields = (typeof patch === 'object' && patch !== null ? patch : {}) as Partial<Record<keyof Defaults, unknown>>;
  const old: Partial<Defaults> = {};
  if ('otherTabs' in fields) old.otherTabs = before.otherTabs;
  if ('notify' in fields) old.notify = before.notify;
  if (typeof fields.clear === 'object' && fields.clear !== null) {
    old.clear = Object.fromEntries(
      Object.keys(fields.clear).map((type) => [type, before.clear[type as keyof Defaults['clear']]]),
    ) as Defaults['clear'];
  }
  return old;
}
