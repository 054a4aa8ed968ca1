import { hostIsInSite, httpUrlOf } from '../site';

/** An open tab, and the cookie store it uses (the private one in a private window, a container's). */
export interface StoredTab {
  id: number;
  url: string;
  storeId: string;
}

/**
 * The tabs of one cookie store. A logout clears the sessions of the store it
 * began in, so the tabs and frames of other stores are not its business.
 */
export function tabsInStore<T extends StoredTab>(tabs: readonly T[], storeId: string): T[] {
  return tabs.filter((tab) => tab.storeId === storeId);
}

/** The other open tabs on any of the sites, in the store the logout cleared, which it reloads or closes. */
export function tabsOnSites(
  tabs: readonly StoredTab[],
  sites: readonly string[],
  target: { tabId: number; storeId: string },
): number[] {
  return tabsInStore(tabs, target.storeId)
    .filter((tab) => {
      const url = httpUrlOf(tab.url);
      return tab.id !== target.tabId && url !== undefined && sites.some((site) => hostIsInSite(url.hostname, site));
    })
    .map((tab) => tab.id);
}
