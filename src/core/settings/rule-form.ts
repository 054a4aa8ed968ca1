import { autoLogoutFrom, autoLogoutOf } from '../auto/moments';
import { t } from '../i18n';
import { describeFormIssue, errorsOf, fieldIssue, type SettingsIssue } from './issues';
import { checkRule } from './rule';
import {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  type OtherTabsAction,
  type Rule,
  type RuleField,
  RuleSchema,
  type Settings,
} from './schema';

/** A rule as the options form holds it: text fields, and "default" where the rule follows the defaults. */
export interface RuleDraft {
  site: string;
  loginUrl: string;
  logoutUrl: string;
  relatedSites: string;
  otherTabs: OtherTabsAction | 'default';
  /** Every type's checkbox as shown: the rule's own choice, else the default. */
  clear: DataTypeChoice;
  /** The types the rule decides itself; the others follow the defaults, now and when they change. */
  ownClear: DataType[];
  autoLogout: AutoLogoutDraft;
}

/** A rule's automatic logouts as the form shows them: the minutes as typed, kept while their box is off. */
export interface AutoLogoutDraft {
  onLastTabClosed: boolean;
  onStartup: boolean;
  idle: boolean;
  idleMinutes: string;
}

/** What the minutes box offers before the rule sets any. */
const SUGGESTED_IDLE_MINUTES = 30;

export function draftOf(rule: Rule | undefined, settings: Settings): RuleDraft {
  return {
    site: rule?.site ?? '',
    loginUrl: rule?.loginUrl ?? '',
    logoutUrl: rule?.logoutUrl ?? '',
    relatedSites: (rule?.relatedSites ?? []).join(', '),
    otherTabs: rule?.otherTabs ?? 'default',
    clear: { ...settings.defaults.clear, ...rule?.clear },
    ownClear: DATA_TYPES.filter((type) => rule?.clear?.[type] !== undefined),
    autoLogout: autoLogoutDraftOf(rule),
  };
}

function autoLogoutDraftOf(rule: Rule | undefined): AutoLogoutDraft {
  const { idleMinutes, ...moments } = autoLogoutOf(rule);
  return { ...moments, idle: idleMinutes !== undefined, idleMinutes: String(idleMinutes ?? SUGGESTED_IDLE_MINUTES) };
}

/** The rule's field, the minutes as a number even when wrong (empty is 0), for checkRule to say what is wrong. */
function autoLogoutOfDraft({ idle, idleMinutes, ...moments }: AutoLogoutDraft) {
  return autoLogoutFrom({ ...moments, ...(idle ? { idleMinutes: Number(idleMinutes) } : {}) });
}

/** The draft after the user switches one data type: from now on the rule decides that type. */
export function toggleClear(draft: RuleDraft, type: DataType, on: boolean): RuleDraft {
  return {
    ...draft,
    clear: { ...draft.clear, [type]: on },
    ownClear: draft.ownClear.includes(type) ? draft.ownClear : [...draft.ownClear, type],
  };
}

/** What is wrong with each field, as the sentence the form shows next to it. */
export type DraftErrors = Partial<Record<RuleField, string>>;

/**
 * Turns a draft into a rule, or says what is wrong with each field. `editing`
 * is the site of the rule being edited, which may keep its own name.
 */
export function ruleFromDraft(
  draft: RuleDraft,
  settings: Settings,
  editing?: string,
): { rule: Rule } | { errors: DraftErrors } {
  const related = draft.relatedSites.split(/[\s,]+/).filter(Boolean);
  const ownClear = Object.fromEntries(draft.ownClear.map((type) => [type, draft.clear[type]]));
  const autoLogout = autoLogoutOfDraft(draft.autoLogout);
  const { rule, issues } = checkRule({
    site: draft.site,
    ...(draft.loginUrl.trim() ? { loginUrl: draft.loginUrl.trim() } : {}),
    ...(draft.logoutUrl.trim() ? { logoutUrl: draft.logoutUrl.trim() } : {}),
    ...(related.length ? { relatedSites: related } : {}),
    ...(draft.ownClear.length ? { clear: ownClear } : {}),
    ...(draft.otherTabs !== 'default' ? { otherTabs: draft.otherTabs } : {}),
    ...(autoLogout !== undefined ? { autoLogout } : {}),
  });
  if (!rule) return { errors: fieldErrors(issues) };
  const clash = settings.sites.find((existing) => existing.site === rule.site && existing.site !== editing);
  if (clash) return { errors: fieldErrors([fieldIssue('', 'site', t('issueSiteHasRuleEditIt', clash.site))]) };
  return { rule };
}

/**
 * The first error of each field, named as the form labels it ("Related sites
 * entry 2 is empty."); an error about no field in particular goes to the site.
 */
export function fieldErrors(issues: readonly SettingsIssue[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of errorsOf(issues)) {
    const [name = ''] = /^\w+/.exec(issue.field ?? '') ?? [];
    errors[isRuleField(name) ? name : 'site'] ??= describeFormIssue({ ...issue, where: '' });
  }
  return errors;
}

const isRuleField = (name: string): name is RuleField => Object.hasOwn(RuleSchema.entries, name);
