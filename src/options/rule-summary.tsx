import { DATA_TYPES, type DataTypeChoice, type Rule } from '../core/settings';
import { DATA_TYPE_LABELS, OTHER_TABS_LABELS } from '../ui/labels';

/** What a rule sets; what it leaves to the defaults is not repeated. */
export function RuleSummary({ rule }: { rule: Rule }) {
  return (
    <dl>
      <dt>Login page</dt>
      <dd>{rule.loginUrl ?? 'The root of the page’s address'}</dd>
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
      {rule.clear && Object.keys(rule.clear).length > 0 && (
        <>
          <dt>What to clear</dt>
          <dd>{clearSummary(rule.clear)}</dd>
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

/** "Clears: IndexedDB. Keeps: Cookies. The rest as in the defaults." */
function clearSummary(clear: Partial<DataTypeChoice>): string {
  const named = (on: boolean) =>
    DATA_TYPES.filter((type) => clear[type] === on)
      .map((type) => DATA_TYPE_LABELS[type])
      .join(', ');
  const parts = [named(true) && `Clears: ${named(true)}.`, named(false) && `Keeps: ${named(false)}.`];
  const rest = DATA_TYPES.some((type) => clear[type] === undefined) ? 'The rest as in the defaults.' : '';
  return [...parts, rest].filter(Boolean).join(' ');
}
