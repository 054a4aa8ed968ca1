import { describeStored } from '../core/wording';
import type { WebView } from './use-popup';

/** The site in the tab: its address, and the site a logout covers when that is wider. */
export function SiteHeading({ view }: { view: WebView }) {
  return (
    <p class="site">
      <strong>{view.host}</strong>
      {view.host !== view.site && <span class="site-scope"> part of {view.site}</span>}
    </p>
  );
}

/** What a logout of this site will do, one row each, in the order it does it. */
export function SiteFacts({ view }: { view: WebView }) {
  const rule = view.rule;
  const related = rule?.relatedSites ?? [];
  return (
    <dl class="facts" aria-label="What logging out does">
      <dt>Clears</dt>
      <dd title={view.addresses.join('\n')}>
        {describeStored({ cookies: view.cookieCount, addresses: view.addresses.length })}
      </dd>
      {related.length > 0 && (
        <>
          <dt>Also clears</dt>
          <dd>{related.join(', ')}</dd>
        </>
      )}
      {rule?.logoutUrl && (
        <>
          <dt>Signs out at</dt>
          <dd class="address">{rule.logoutUrl}</dd>
        </>
      )}
      <dt>Then opens</dt>
      <dd class="address">{view.redirectUrl}</dd>
      <dt>Rule</dt>
      <dd>{rule ? `Your rule for ${rule.site}` : 'None, so the defaults apply'}</dd>
    </dl>
  );
}
