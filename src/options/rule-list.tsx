import type { JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../core/i18n';
import { type ManagedPolicy, managedRuleFor, type Settings } from '../core/settings';
import { NoticeContext, NoticeSlot } from './notice';
import { type RuleActions, RuleCard } from './rule-card';

/**
 * The user's rules, each with the notice about it right under it. The rule
 * being edited shows its editor in its place; a rule just removed leaves its
 * notice (and its Undo) where it was. No `actions` when the policy locks the rules.
 */
export function RuleList({
  settings,
  policy,
  editing,
  editor,
  actions,
}: {
  settings: Settings;
  policy: ManagedPolicy;
  editing?: string | undefined;
  editor?: JSX.Element | false;
  actions?: RuleActions | undefined;
}) {
  const { shown } = useContext(NoticeContext);
  const items = settings.sites.map((rule) => (
    <li key={rule.site}>
      {rule.site === editing && editor ? (
        editor
      ) : (
        <RuleCard rule={rule} overriddenBy={managedRuleFor(rule.site, policy)?.site} actions={actions} />
      )}
      <NoticeSlot place={{ at: 'rule', site: rule.site }} />
    </li>
  ));
  const removed = shown?.place.at === 'removed' ? shown.place : undefined;
  if (removed) {
    items.splice(
      Math.min(removed.index, items.length),
      0,
      <li key={`removed ${removed.site}`}>
        <NoticeSlot place={removed} />
      </li>,
    );
  }
  if (items.length === 0)
    return <p class="hint">{policy.rules.length > 0 ? t('policyNoOwnRules') : t('noRulesYet')}</p>;
  return <ul class="rules">{items}</ul>;
}
