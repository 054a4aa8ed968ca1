import type { JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../core/i18n';
import type { Rule, Settings } from '../core/settings';
import { NoticeContext, NoticeSlot } from './notice';
import { RuleSummary } from './rule-summary';

type RuleActions = { onEdit: (site: string) => void; onRemove: (site: string) => void };

/**
 * The rules, each with the notice about it right under it. The rule being
 * edited shows its editor in its place; a rule just removed leaves its notice
 * (and its Undo) where it was.
 */
export function RuleList({
  settings,
  editing,
  editor,
  ...actions
}: { settings: Settings; editing?: string | undefined; editor?: JSX.Element | false } & RuleActions) {
  const { shown } = useContext(NoticeContext);
  const items = settings.sites.map((rule) => (
    <li key={rule.site}>
      {rule.site === editing && editor ? editor : <RuleCard rule={rule} {...actions} />}
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
  if (items.length === 0) return <p class="hint">{t('noRulesYet')}</p>;
  return <ul class="rules">{items}</ul>;
}

function RuleCard({ rule, onEdit, onRemove }: { rule: Rule } & RuleActions) {
  return (
    <div class="rule">
      <h3>{rule.site}</h3>
      <RuleSummary rule={rule} />
      <div class="actions">
        <button
          type="button"
          data-edit={rule.site}
          onClick={() => onEdit(rule.site)}
          aria-label={t('editRuleFor', rule.site)}
        >
          {t('edit')}
        </button>
        <button type="button" onClick={() => onRemove(rule.site)} aria-label={t('removeRuleFor', rule.site)}>
          {t('remove')}
        </button>
      </div>
    </div>
  );
}
