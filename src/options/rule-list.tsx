import type { Settings } from '../core/settings';
import { OTHER_TABS_LABELS } from '../ui/labels';

export function RuleList({
  settings,
  onEdit,
  onRemove,
}: {
  settings: Settings;
  onEdit: (site: string) => void;
  onRemove: (site: string) => void;
}) {
  if (settings.sites.length === 0) return <p class="hint">No rules yet.</p>;
  return (
    <ul class="rules">
      {settings.sites.map((rule) => (
        <li key={rule.site} class="rule">
          <h3>{rule.site}</h3>
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
      ))}
    </ul>
  );
}
