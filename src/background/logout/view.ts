import { errorMessage } from '../../core/errors';
import { addressesOf } from '../../core/logout/plan';
import type { SiteView } from '../../core/messages';
import { surveySite } from './survey';
import { targetOf } from './target';
import { currentUndoOffer } from './undo';

/** What the popup shows for a tab: its site, what is stored, the rule, where it lands, and any Undo on offer. */
export async function viewSite(tabId: number): Promise<SiteView> {
  const [target, undo] = await Promise.all([
    targetOf(tabId).catch((error: unknown) => errorMessage(error)),
    currentUndoOffer(),
  ]);
  const offered = undo ? { undo } : {};
  if (typeof target === 'string') return { kind: 'none', tabId, reason: target, ...offered };
  const { plan } = await surveySite(target);
  return {
    kind: 'web',
    tabId,
    host: target.scope.host,
    site: target.scope.site,
    pageUrl: target.url,
    cookieCount: plan.cookies.length,
    addresses: addressesOf(plan),
    redirectUrl: plan.redirectUrl,
    ...(target.choices.rule ? { rule: target.choices.rule } : {}),
    ...offered,
  };
}
