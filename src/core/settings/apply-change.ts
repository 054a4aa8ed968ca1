import { checkHttpUrl } from '../field-checks';
import { t } from '../i18n';
import type { AppliedChange, ChangeOutcome, SettingsChange } from './change';
import { errorsOf, fieldIssue, hasErrors, issueAt, type SettingsIssue } from './issues';
import { parseKeepList } from './keep-list';
import { parseDefaults, parseSettings } from './parse';
import { checkRule } from './rule';
import { applyRule, removeRule, ruleForHost } from './rules';
import { DATA_TYPES, type Defaults, type DefaultsPatch, type Rule, type Settings, type SettingsFile } from './schema';

type Change<K extends SettingsChange['kind']> = Extract<SettingsChange, { kind: K }>;

/**
 * Applies one change to `current`, the settings as stored now. The outcome
 * carries the change that undoes it, worked out from `current`: Undo then
 * reverses what was actually changed, and keeps what changed elsewhere.
 */
export function applyChange(current: Settings, change: SettingsChange): ChangeOutcome {
  switch (change.kind) {
    case 'putRule':
      return putRule(current, change);
    case 'removeRule':
      return removeOne(current, change.site);
    case 'patchDefaults':
      return patchDefaults(current, change.defaults);
    case 'setLoginUrl':
      return setLoginUrl(current, change);
    case 'setKeep':
      return setKeep(current, change.keep);
    case 'replaceAll':
      return replaceAll(current, change.settings);
  }
}

function setKeep(current: Settings, input: readonly string[]): ChangeOutcome {
  const issues: SettingsIssue[] = [];
  const keep = parseKeepList(input, issues);
  if (hasErrors(issues)) return { issues: errorsOf(issues) };
  return applied({ ...current, keep }, [], [], { kind: 'setKeep', keep: current.keep });
}

function applied(settings: Settings, changed: string[], removed: string[], undo?: SettingsChange): AppliedChange {
  return { settings, changedSites: changed, removedSites: removed, replacedAll: false, ...(undo ? { undo } : {}) };
}

const refused = (issue: SettingsIssue): ChangeOutcome => ({ issues: [issue] });
const ruleOf = (settings: Settings, site: string) => settings.sites.find((rule) => rule.site === site);

function putRule(current: Settings, change: Change<'putRule'>): ChangeOutcome {
  const { rule, issues } = checkRule(change.rule);
  if (!rule) return { issues: errorsOf(issues) };
  const { replacing, expected } = change;
  if (current.sites.some((existing) => existing.site === rule.site && existing.site !== replacing)) {
    return refused(fieldIssue('', 'site', t('issueSiteHasRule', rule.site)));
  }
  const old = replacing === undefined ? undefined : ruleOf(current, replacing);
  if (replacing !== undefined && expected !== undefined && JSON.stringify(old) !== JSON.stringify(expected)) {
    return refused(issueAt('', t('issueRuleChangedElsewhere', replacing)));
  }
  const removed = replacing !== undefined && replacing !== rule.site ? [replacing] : [];
  const undo: SettingsChange = old
    ? { kind: 'putRule', rule: old, replacing: rule.site }
    : { kind: 'removeRule', site: rule.site };
  return applied(applyRule(current, rule, replacing ?? rule.site), [rule.site], removed, undo);
}

function removeOne(current: Settings, site: string): AppliedChange {
  const old = ruleOf(current, site);
  return applied(removeRule(current, site), [], [site], old && { kind: 'putRule', rule: old });
}

function patchDefaults(current: Settings, patch: DefaultsPatch): ChangeOutcome {
  const issues: SettingsIssue[] = [];
  const defaults = parseDefaults(patch, issues, current.defaults);
  if (hasErrors(issues)) return { issues: errorsOf(issues) };
  const undo: SettingsChange = { kind: 'patchDefaults', defaults: valuesBefore(patch, current.defaults) };
  return applied({ ...current, defaults }, [], [], undo);
}

/** The values `before` had for the fields that a patch sets. */
function valuesBefore(patch: DefaultsPatch, before: Defaults): DefaultsPatch {
  const { clear } = patch;
  const types = DATA_TYPES.filter((type) => clear?.[type] !== undefined);
  return {
    ...(clear ? { clear: Object.fromEntries(types.map((type) => [type, before.clear[type]])) } : {}),
    ...(patch.otherTabs !== undefined ? { otherTabs: before.otherTabs } : {}),
    ...(patch.notify !== undefined ? { notify: before.notify } : {}),
  };
}

function setLoginUrl(current: Settings, change: Change<'setLoginUrl'>): ChangeOutcome {
  const login = checkHttpUrl(change.loginUrl);
  if (!login.ok) return refused(fieldIssue('', 'loginUrl', login.message));
  const existing = ruleForHost(current, change.host);
  const rule: Rule = { ...(existing ?? { site: change.site }), loginUrl: login.value };
  const undo: SettingsChange = existing
    ? { kind: 'putRule', rule: existing, replacing: existing.site }
    : { kind: 'removeRule', site: rule.site };
  return applied(applyRule(current, rule), [rule.site], [], undo);
}

function replaceAll(current: Settings, input: SettingsFile): ChangeOutcome {
  const { settings, issues } = parseSettings(input);
  if (hasErrors(issues)) return { issues: errorsOf(issues) };
  const kept = new Set(settings.sites.map((rule) => rule.site));
  return {
    settings,
    changedSites: [...kept],
    removedSites: current.sites.map((rule) => rule.site).filter((site) => !kept.has(site)),
    replacedAll: true,
    undo: { kind: 'replaceAll', settings: current },
  };
}
