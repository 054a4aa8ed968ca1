import { autoLogoutOf, hasAutoLogout } from '../../core/auto/moments';
import { errorMessage } from '../../core/errors';
import { addressesOf } from '../../core/logout/plan';
import type { SiteView, StoredCount } from '../../core/messages';
import { redirectTarget } from '../../core/redirect';
import { managedRuleFor } from '../../core/settings';
import { prepareForScripts } from '../../platform/page-scripts';
import { currentSettings } from '../../platform/settings-store';
import { surveySite } from './survey';
import { targetOf } from './target';
import { currentUndoOffer } from './undo';

/**
 * What the popup shows for a tab at once: its site, the rule, where it lands, and any Undo on offer. What is
 * stored comes after (countStored): the survey would hold up the Log out button by 20 ms (bench).
 */
export async function viewSite(tabId: number): Promise<SiteView> {
  const [target, undo, { policy }] = await Promise.all([
    targetOf(tabId).catch((error: unknown) => errorMessage(error)),
    currentUndoOffer(),
    currentSettings(),
  ]);
  const offered = undo ? { undo } : {};
  if (typeof target === 'string') return { kind: 'none', tabId, reason: target, ...offered };
  const autoLogout = autoLogoutOf(target.choices.rule);
  return {
    kind: 'web',
    tabId,
    host: target.scope.host,
    site: target.scope.site,
    pageUrl: target.url,
    redirectUrl: redirectTarget(target.url, target.choices.rule),
    ...(target.choices.rule ? { rule: target.choices.rule } : {}),
    // Locked rules or the organisation's rule for the site: the popup cannot change the login page.
    ...(policy.lockRules || managedRuleFor(target.scope.host, policy) ? { managed: true } : {}),
    ...(hasAutoLogout(autoLogout) ? { autoLogout } : {}),
    ...offered,
  };
}

/**
 * What a logout of the tab's site would clear, counted; refused if the tab has left `site`. The popup asks
 * once it is open: the page is made ready for the scripts of a logout meanwhile.
 */
export async function countStored(tabId: number, site?: string): Promise<StoredCount> {
  const target = await targetOf(tabId, site);
  void prepareForScripts(tabId);
  const { plan } = await surveySite(target);
  return { cookieCount: plan.cookies.length, addresses: addressesOf(plan) };
}
