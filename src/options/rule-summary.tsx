import { autoLogoutOf } from '../core/auto/moments';
import { describeAutoLogout } from '../core/auto/wording';
import { formatList, joinSentences, t } from '../core/i18n';
import { asSentence, DATA_TYPES, type DataTypeChoice, type Rule } from '../core/settings';
import { dataTypeLabel, otherTabsLabel, ruleFieldLabel } from '../ui/labels';

/** What a rule sets; what it leaves to the defaults is not repeated. */
export function RuleSummary({ rule }: { rule: Rule }) {
  const auto = describeAutoLogout(autoLogoutOf(rule));
  return (
    <dl>
      <dt>{ruleFieldLabel('loginUrl')}</dt>
      <dd>{rule.loginUrl ?? t('summaryLoginPageRoot')}</dd>
      {rule.logoutUrl && (
        <>
          <dt>{t('summaryServerLogout')}</dt>
          <dd>{rule.logoutUrl}</dd>
        </>
      )}
      {rule.relatedSites && rule.relatedSites.length > 0 && (
        <>
          <dt>{t('factAlsoClears')}</dt>
          <dd>{formatList(rule.relatedSites)}</dd>
        </>
      )}
      {rule.clear && Object.keys(rule.clear).length > 0 && (
        <>
          <dt>{ruleFieldLabel('clear')}</dt>
          <dd>{clearSummary(rule.clear)}</dd>
        </>
      )}
      {rule.otherTabs && (
        <>
          <dt>{t('summaryOtherTabs')}</dt>
          <dd>{otherTabsLabel(rule.otherTabs)}</dd>
        </>
      )}
      {auto && (
        <>
          <dt>{ruleFieldLabel('autoLogout')}</dt>
          <dd>{asSentence(auto)}</dd>
        </>
      )}
    </dl>
  );
}

/** "Clears: IndexedDB. Keeps: Cookies. The rest as in the defaults." */
function clearSummary(clear: Partial<DataTypeChoice>): string {
  const named = (on: boolean) => formatList(DATA_TYPES.filter((type) => clear[type] === on).map(dataTypeLabel));
  const parts = [named(true) && t('summaryClears', named(true)), named(false) && t('summaryKeeps', named(false))];
  const rest = DATA_TYPES.some((type) => clear[type] === undefined) ? t('summaryRestAsDefaults') : '';
  return joinSentences([...parts, rest]);
}
