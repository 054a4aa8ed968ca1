import { cookiesOfSites, PARTITION_SCHEMES, type PartitionScheme } from '../../core/logout/cookies';
import { type SiteFrame, siteFramesOf } from '../../core/logout/frames';
import { tabsInStore, tabsOnSites } from '../../core/logout/other-tabs';
import { type LogoutPlan, planLogout, relatedSitesOf, sitesOf } from '../../core/logout/plan';
import { siteOfHost } from '../../core/site';
import { reachOf } from '../../platform/cookie-stores';
import { type BrowserCookie, readSiteCookies } from '../../platform/site-data';
import { listOpenTabs } from '../../platform/tabs';
import type { Target } from './target';

/** What the browser shows of the sites now, and the plan made from it. */
export interface Survey {
  target: Target;
  plan: LogoutPlan<BrowserCookie>;
  /** The sites' other tabs, which the rule reloads, closes or leaves. */
  otherTabIds: number[];
  /** Every frame of the sites in open tabs, the tab's own page included. */
  siteFrames: SiteFrame[];
  /** Kept sites (Log out of all sites): their cookies and partitions are left alone, in the check too. */
  spare?: readonly string[];
}

/** The sites a target's logout covers: its own and its rule's related sites. */
export function sitesOfTarget(target: Target): string[] {
  return [target.scope.site, ...relatedSitesOf(target.scope.site, target.choices.rule)];
}

export async function surveySite(target: Target): Promise<Survey> {
  const { storeId } = target;
  const [cookies, open] = await Promise.all([readCookiesOfSites(sitesOfTarget(target), storeId), listOpenTabs()]);
  // The tabs and frames of other cookie stores (a private window, another container) hold other sessions.
  const storeTabs = tabsInStore(open.tabs, storeId);
  const storeFrames = open.frames.filter((frame) => storeTabs.some((tab) => tab.id === frame.tabId));
  const plan = planLogout({
    scope: target.scope,
    tabUrl: target.url,
    cookies,
    openOrigins: [
      ...storeTabs.map((tab) => tab.url),
      ...storeFrames.map((frame) => frame.url),
      ...(target.knownOrigins ?? []),
    ],
    choices: target.choices,
    reach: reachOf(storeId),
  });
  return {
    target,
    plan,
    otherTabIds: tabsOnSites(storeTabs, sitesOf(plan), target),
    siteFrames: siteFramesOf(storeFrames, sitesOf(plan)),
  };
}

/**
 * The cookies a logout of these sites removes, each once: read by domain and
 * partition (all of the sites' own, or those named), then kept to the sites (a
 * domain query also answers with others). A partition belongs to a whole
 * site; a related host has none of its own.
 */
export async function readCookiesOfSites(
  sites: readonly string[],
  storeId?: string,
  partitions: readonly PartitionScheme[] = PARTITION_SCHEMES,
): Promise<BrowserCookie[]> {
  const lists = await Promise.all(
    sites.map((site) => readSiteCookies(site, storeId, siteOfHost(site) === site ? partitions : [])),
  );
  return cookiesOfSites(lists.flat(), sites);
}
