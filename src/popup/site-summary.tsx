import { plural } from '../core/wording';
import type { WebView } from './use-popup';

/** The site in the tab, what is stored for it, its rule and where the tab will land. */
export function SiteSummary({ view }: { view: WebView }) {
  const rule = view.rule;
  return (
    <section aria-label="This site">
      <p class="site">
        <strong>{view.host}</strong> — site {view.site}
      </p>
      <dl class="facts">
        <dt>Stored</dt>
        <dd>
          {plural(view.cookieCount, 'cookie')}; storage of {plural(view.storageOriginCount, 'origin')}
        </dd>
        <dt>Rule</dt>
        <dd>{rule ? `for ${rule.site}` : 'none (defaults)'}</dd>
        {rule?.logoutUrl && (
          <>
            <dt>Server logout</dt>
            <dd class="target">{rule.logoutUrl}</dd>
          </>
        )}
        {rule?.relatedSites && rule.relatedSites.length > 0 && (
          <>
            <dt>Also clears</dt>
            <dd>{rule.relatedSites.join(', ')}</dd>
          </>
        )}
        <dt>Lands on</dt>
        <dd class="target">{view.redirectUrl}</dd>
      </dl>
    </section>
  );
}
