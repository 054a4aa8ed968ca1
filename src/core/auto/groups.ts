import { relatedSitesOf } from '../logout/plan';
import type { Rule } from '../settings';
import { bareHost, hostIsInSite, httpUrlOf, siteOfHost } from '../site';

/** Where a tab is, as the automatic logouts see it: its host and its cookie store. */
export interface TabPlace {
  host: string;
  storeId: string;
  /** The page's origin: its port tells where the site keeps storage (browsingData takes exact origins). */
  origin?: string;
}

/** An automatic logout to run: the rule's site (whose choices apply) in one cookie store. */
export interface AutoTarget {
  host: string;
  storeId: string;
  /** Origins the site was last seen on, whose storage the logout clears though no tab shows them now. */
  origins?: string[];
}

/** The sites a rule's logout covers, and so the sites whose tabs count as its own: its site and related sites. */
export function groupOf(rule: Pick<Rule, 'site' | 'relatedSites'>): string[] {
  const site = siteOfHost(rule.site);
  return [site, ...relatedSitesOf(site, rule).map((related) => siteOfHost(related))];
}

export function inGroup(host: string, group: readonly string[]): boolean {
  return group.some((site) => hostIsInSite(host, site));
}

/** The places of tabs from their addresses (and the addresses they are on their way to); not web pages are left out. */
export function placesOf(tabs: ReadonlyArray<{ urls: readonly string[]; storeId: string }>): TabPlace[] {
  return tabs.flatMap((tab) =>
    tab.urls.flatMap((address) => {
      const url = httpUrlOf(address);
      return url ? [{ host: bareHost(url), storeId: tab.storeId, origin: url.origin }] : [];
    }),
  );
}
