import { t } from '../i18n';
import { hostIsInSite } from '../site';
import type { SettingsChange } from './change';
import { fieldIssue, issueAt, type SettingsIssue, unknownFields } from './issues';
import { isPlainObject } from './objects';
import { parseDefaults, parseRules, siteNamedBy } from './parse';
import { DEFAULT_SETTINGS, type Defaults, type Rule, type Settings } from './schema';

/**
 * What an organisation's policy sets (managed storage): rules in the settings
 * file's format, defaults, and whether users may change rules at all.
 */
export interface ManagedPolicy {
  /** The valid managed rules; invalid ones are in `issues` and ignored. */
  rules: Rule[];
  /** Set when the policy sets defaults: they replace the user's. */
  defaults?: Defaults;
  /** Users cannot add, edit, import or remove rules. */
  lockRules: boolean;
  issues: SettingsIssue[];
}

export const NO_POLICY: ManagedPolicy = { rules: [], lockRules: false, issues: [] };

const POLICY_FIELDS = ['sites', 'defaults', 'lockRules'];

const policyRuleLabel = (index: number, candidate: unknown) => {
  const site = siteNamedBy(candidate);
  return site ? t('placePolicyRuleOfSite', index + 1, site) : t('placePolicyRule', index + 1);
};

/**
 * The policy, checked by the same parser as a settings file: an invalid rule
 * is reported and left out, and the valid ones still apply.
 */
export function parsePolicy(input: unknown): ManagedPolicy {
  if (!isPlainObject(input) || Object.keys(input).length === 0) return NO_POLICY;
  const issues = unknownFields(input, POLICY_FIELDS, () => t('placePolicy'));
  const rules = parseRules(input.sites, issues, policyRuleLabel).map(withoutAutoLogout);
  const defaults = parsePolicyDefaults(input.defaults, issues);
  const { lockRules } = input;
  if (lockRules !== undefined && typeof lockRules !== 'boolean') {
    issues.push(fieldIssue(t('placePolicy'), 'lockRules', t('issueNotTrueOrFalse')));
  }
  return { rules, ...(defaults ? { defaults } : {}), lockRules: lockRules === true, issues };
}

/** Defaults the policy sets, all valid, or none: invalid ones are reported and leave the user's in force. */
function parsePolicyDefaults(input: unknown, issues: SettingsIssue[]): Defaults | undefined {
  if (input === undefined) return undefined;
  const found: SettingsIssue[] = [];
  const defaults = parseDefaults(input, found, DEFAULT_SETTINGS.defaults);
  issues.push(...found);
  return found.some((issue) => issue.severity === 'error') ? undefined : defaults;
}

/**
 * A managed rule without automatic logouts: Chromium's schema for policies
 * cannot say their shape and drops them before SignOff sees them, so Firefox
 * leaves them out too, and a policy means the same in both.
 */
function withoutAutoLogout({ autoLogout: _notByPolicy, ...rule }: Rule): Rule {
  return rule;
}

/** Whether a managed rule covers this rule's site: then the user's rule stays stored, and unused. */
export function isOverridden(rule: Pick<Rule, 'site'>, policy: Pick<ManagedPolicy, 'rules'>): boolean {
  return policy.rules.some((managed) => hostIsInSite(rule.site, managed.site));
}

/**
 * The settings in force: the managed rules, then the user's rules that no
 * managed rule covers; the managed defaults in place of the user's.
 */
export function settingsInForce(user: Settings, policy: ManagedPolicy): Settings {
  if (policy.rules.length === 0 && !policy.defaults) return user;
  return {
    ...user,
    sites: [...policy.rules, ...user.sites.filter((rule) => !isOverridden(rule, policy))],
    defaults: policy.defaults ?? user.defaults,
  };
}

/** Whether a managed rule applies to this host (the popup cannot change it). */
export function managedRuleFor(host: string, policy: Pick<ManagedPolicy, 'rules'>): Rule | undefined {
  return policy.rules.find((rule) => hostIsInSite(host, rule.site));
}

/**
 * Why the policy refuses a change, or undefined: with `lockRules` nothing that
 * touches rules; defaults the policy sets; a new login page for a site the
 * policy has a rule for. The user's own rule for a managed site may still be
 * edited: it is stored, and unused while the policy covers it.
 */
export function refusedByPolicy(change: SettingsChange, policy: ManagedPolicy): SettingsIssue | undefined {
  const touchesRules = change.kind === 'putRule' || change.kind === 'removeRule' || change.kind === 'setLoginUrl';
  if (policy.lockRules && (touchesRules || change.kind === 'replaceAll')) return issueAt('', t('issueRulesLocked'));
  if (policy.defaults && change.kind === 'patchDefaults') return issueAt('', t('issueDefaultsManaged'));
  const managed = change.kind === 'setLoginUrl' ? managedRuleFor(change.host, policy) : undefined;
  return managed ? issueAt('', t('issueRuleManaged', managed.site)) : undefined;
}
