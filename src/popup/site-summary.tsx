import { describeAutoLogout } from '../core/auto/wording';
import { formatList, t } from '../core/i18n';
import type { StoredCount } from '../core/messages';
import { describeStored } from '../core/wording';
import type { WebView } from './use-popup';

/** The site in the tab: its address, and the site a logout covers when that is wider. */
export function SiteHeading({ view }: { view: WebView }) {
  return (
    <p class="site">
      <strong>{view.host}</strong>
      {view.host !== view.site && <span class="site-scope"> {t('partOfSite', view.site)}</span>}
    </p>
  );
}

/** What a logout of this site will do, one row each, in the order it does it. */
export function SiteFacts({ view, stored }: { view: WebView; stored: StoredCount | undefined }) {
  const rule = view.rule;
  const related = rule?.relatedSites ?? [];
  const auto = describeAutoLogout(view.autoLogout);
  return (
    <dl class="facts" aria-label={t('factsLabel')}>
      <dt>{t('factClears')}</dt>
      {stored ? (
        <dd title={stored.addresses.join('\n')}>
          {describeStored({ cookies: stored.cookieCount, addresses: stored.addresses.length })}
        </dd>
      ) : (
        <dd>{t('storedUncounted')}</dd>
      )}
      {related.length > 0 && (
        <>
          <dt>{t('factAlsoClears')}</dt>
          <dd>{formatList(related)}</dd>
        </>
      )}
      {rule?.logoutUrl && (
        <>
          <dt>{t('factSignsOutAt')}</dt>
          <dd class="address">{rule.logoutUrl}</dd>
        </>
      )}
      <dt>{t('factThenOpens')}</dt>
      <dd class="address">{view.redirectUrl}</dd>
      <dt>{t('factRule')}</dt>
      <dd>{rule ? t('factRuleFor', rule.site) : t('factNoRule')}</dd>
      {auto && (
        <>
          <dt>{t('autoLogoutFact')}</dt>
          <dd>{auto}</dd>
        </>
      )}
    </dl>
  );
}
