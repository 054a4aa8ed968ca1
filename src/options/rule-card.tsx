import { t } from '../core/i18n';
import type { Rule } from '../core/settings';
import { RuleSummary } from './rule-summary';

export type RuleActions = { onEdit: (site: string) => void; onRemove: (site: string) => void };

/**
 * One of the user's rules: what it sets; that it is not in use when the
 * organisation's rule for `overriddenBy` covers its site; Edit and Remove,
 * unless the policy locks the rules (no `actions`).
 */
export function RuleCard({
  rule,
  overriddenBy,
  actions,
}: {
  rule: Rule;
  overriddenBy?: string | undefined;
  actions?: RuleActions | undefined;
}) {
  return (
    <div class="rule">
      <h3>{rule.site}</h3>
      {overriddenBy && <p class="policy-mark">{t('policyOverridden', overriddenBy)}</p>}
      <RuleSummary rule={rule} />
      {actions && (
        <div class="actions">
          <button
            type="button"
            data-edit={rule.site}
            onClick={() => actions.onEdit(rule.site)}
            aria-label={t('editRuleFor', rule.site)}
          >
            {t('edit')}
          </button>
          <button type="button" onClick={() => actions.onRemove(rule.site)} aria-label={t('removeRuleFor', rule.site)}>
            {t('remove')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The rules the organisation's policy sets, above the user's own: what each sets, marked as the organisation's. */
export function ManagedRules({ rules }: { rules: Rule[] }) {
  if (rules.length === 0) return null;
  return (
    <ul class="rules">
      {rules.map((rule) => (
        <li key={rule.site}>
          <div class="rule managed">
            <h3>{rule.site}</h3>
            <p class="policy-mark">{t('policyManaged')}</p>
            <RuleSummary rule={rule} />
          </div>
        </li>
      ))}
    </ul>
  );
}
