import * as v from 'valibot';
import { autoLogoutFrom, autoLogoutOf } from '../auto/moments';
import { t } from '../i18n';
import { issueAt, issuesOf, type SettingsIssue, unknownFields } from './issues';
import { isPlainObject, pruneUndefined } from './objects';
import { type Rule, RuleSchema } from './schema';

const RULE_FIELDS = Object.keys(RuleSchema.entries);

/** A checked rule with warnings about what was ignored, or no rule and the errors. */
export type RuleCheck = { rule: Rule; issues: SettingsIssue[] } | { rule?: never; issues: SettingsIssue[] };

/**
 * The one check of a rule, wherever it comes from: storage, a settings file,
 * a change, the options form. `where` names the rule in its issues
 * ("rule 2 (a.test)"); an issue about a field names it too ("loginUrl",
 * "relatedSites[1]").
 */
export function checkRule(input: unknown, where = ''): RuleCheck {
  if (!isPlainObject(input)) return { issues: [issueAt(where, t('issueRuleNotObject'))] };
  const result = v.safeParse(RuleSchema, input);
  if (!result.success) return { issues: issuesOf(where, result.issues) };
  return { rule: cleanRule(result.output), issues: unknownFields(input, RULE_FIELDS, where) };
}

/** A parsed rule without the optional fields it leaves out, and without repeated related sites or itself. */
function cleanRule(parsed: Rule): Rule {
  const rule = pruneUndefined(parsed);
  if (rule.clear) rule.clear = pruneUndefined(rule.clear);
  if (rule.relatedSites) rule.relatedSites = [...new Set(rule.relatedSites)].filter((site) => site !== rule.site);
  if (rule.autoLogout !== undefined) {
    const autoLogout = autoLogoutFrom(autoLogoutOf(rule));
    if (autoLogout === undefined) delete rule.autoLogout;
    else rule.autoLogout = autoLogout;
  }
  return rule;
}
