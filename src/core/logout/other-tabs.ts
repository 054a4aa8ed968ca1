import { hostIsInSite, httpUrlOf } from '../site';

/**
 * The other open tabs on any of the sites, which a logout reloads or closes.
 * Incognito tabs are not: their sessions are not the ones a logout cleared.
 */
export function tabsOnSites(
  tabs: ReadonlyArray<{ id: number; url: string; incognito?: boolean }>,
  sites: readonly string[],
  exceptTabId: number,
): number[] {
  return tabs
    .filter((tab) => {
      const url = httpUrlOf(tab.url);
      return (
        tab.id !== exceptTabId &&
        !tab.incognito &&
        url !== undefined &&
        sites.some((site) => hostIsInSite(url.hostname, site))
      );
    })
    .map((tab) => tab.id);
}
