import type { LogoutChoices } from '../settings';
import { hostIsInSite } from '../site';
import { belongsToKeptSite, type CookieRecord } from './cookies';
import type { SiteFrame } from './frames';
import type { LogoutPlan } from './plan';

// What "Log out of all sites" leaves to the sites on the keep list, decided here: the background only carries it out.

/** A rule's choices without the related sites that are kept: a kept site is never cleared as another's related site. */
export function choicesSparing(choices: LogoutChoices, spare: readonly string[]): LogoutChoices {
  const related = choices.rule?.relatedSites;
  if (!choices.rule || !related || spare.length === 0) return choices;
  const kept = related.filter((site) => !spare.some((spared) => hostIsInSite(site, spared)));
  return { ...choices, rule: { ...choices.rule, relatedSites: kept } };
}

/**
 * A plan and its frames without what belongs to kept sites: their cookies (the
 * site's kept in a kept site's partition, a kept site's kept in the site's),
 * and the site's frames inside kept sites' tabs, whose storage is partitioned
 * under the kept site. browsingData would clear the site's cookies in every
 * partition, so with any spared, all of them go one by one.
 */
export function planSparing<C extends CookieRecord>(
  plan: LogoutPlan<C>,
  siteFrames: readonly SiteFrame[],
  spare: readonly string[],
): { plan: LogoutPlan<C>; siteFrames: SiteFrame[] } {
  if (spare.length === 0) return { plan, siteFrames: [...siteFrames] };
  const cookies = plan.cookies.filter((cookie) => !belongsToKeptSite(cookie, spare));
  const spared = cookies.length < plan.cookies.length;
  const inKept = (partition?: string) => partition !== undefined && spare.some((site) => hostIsInSite(partition, site));
  return {
    plan: spared ? { ...plan, cookies, cookiesByName: cookies, byOrigin: { ...plan.byOrigin, cookies: false } } : plan,
    siteFrames: siteFrames.filter((frame) => !inKept(frame.partition)),
  };
}
