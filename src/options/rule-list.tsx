import type { Rule, Settings } from '../core/settings';
import { OTHER_TABS_LABELS } from '../ui/labels';

type RuleActions = { onEdit: (site: string) => void; onRemove: (site: string) => void };

export function RuleList({ settings, ...actions }: { settings: Settings } & RuleActions) {
  if (settings.sites.length === 0) return <p class="hint">No rules yet.</p>;
  return (
    <ul class="rules">
      {settings.sites.map((rule) => (
        <RuleCard key={rule.site} rule={rule} {...actions} />
      ))}
    </ul>
  );
}

function RuleCard({ rule, onEdit, onRemove }: { rule: Rule } & RuleActions) {
  return (
    <li class="rule">
      <h3>{rule.site}</h3>
      <RuleSummary rule={rule} />
      <div class="actions">
        <button
          type="button"
          data-edit={rule.site}
          onClick={() => onEdit(rule.site)}
          aria-label={`Edit the rule for ${rule.site}`}
        >
          Edit
        </button>
        <button type="button" onClick={() => onRemove(rule.site)} aria-label={`Remove the rule for ${rule.site}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

function RuleSummary({ rule }: { rule: Rule }) {
  return (
    <dl>
      <dt>Login page</dt>
      <dd>{rule.loginUrl ?? 'root of the page’s address'}</dd>
      {rule.logoutUrl && (
        <>
          <dt>Server logout</dt>
          <dd>{rule.logoutUrl}</dd>
        </>
      )}
      {rule.relatedSites && rule.relatedSites.length > 0 && (
        <>
          <dt>Also clears</dt>
          <dd>{rule.relatedSites.join(', ')}</dd>
        </>
      )}
      {rule.otherTabs && (
        <>
          <dt>Other tabs</dt>
          <dd>{OTHER_TABS_LABELS[rule.otherTabs]}</dd>
        </>
      )}
    </dl>
  );
}
