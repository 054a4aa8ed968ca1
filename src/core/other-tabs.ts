import { hostIsInSite } from './site';

/** The other open tabs on any of the sites, which a logout reloads or closes. */
export function tabsOnSites(
  tabs: ReadonlyArray<{ id: number; url: string }>,
  sites: readonly string[],
  exceptTabId: number,
): number[] {
  return tabs.filter((tab) => tab.id !== exceptTabId && isOnSites(tab.url, sites)).map((tab) => tab.id);
}

function isOnSites(address: string, sites: readonly string[]): boolean {
  try {
    const url = new URL(address);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    return sites.some((site) => hostIsInSite(url.hostname, site));
  } catch {
    return false;
  }
}
