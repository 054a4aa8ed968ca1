import { keptSites, splitByKeep } from '../../core/auto/keep';
import type { AllSitesView, SitesReport } from '../../core/logout/all-sites';
import { siteOfUrl } from '../../core/site';
import { openTabAddresses } from '../../platform/auto-events';
import { defaultStoreId } from '../../platform/cookie-stores';
import { currentSettings } from '../../platform/settings-store';
import { cookieHostsIn } from '../../platform/site-data';
import { readTab } from '../../platform/tabs';
import { type LogoutRequest, runOwnBatch } from '../auto/batch';

/**
 * The sites with cookies or saved data in the cookie store of the tab's window
 * (the regular one without a tab), split by the keep list. Saved data is found
 * where a page of the site is open: no browser API lists the sites that have
 * storage, so a site with storage alone and no open page is not found.
 */
export async function surveyAllSites(tabId?: number): Promise<AllSitesView> {
  const { sites, kept } = await findSites(tabId);
  return { sites, kept };
}

async function findSites(tabId?: number): Promise<AllSitesView & { storeId: string }> {
  const storeId = (tabId === undefined ? undefined : (await readTab(tabId))?.storeId) ?? defaultStoreId();
  const [hosts, tabs, { settings }] = await Promise.all([
    cookieHostsIn(storeId),
    openTabAddresses(),
    currentSettings(),
  ]);
  const sites = [
    ...hosts.map((host) => siteOfUrl(`https://${host.includes(':') ? `[${host}]` : host}/`)),
    ...tabs.filter((tab) => tab.storeId === storeId).flatMap((tab) => tab.urls.map((url) => siteOfUrl(url))),
  ].flatMap((scope) => (scope.kind === 'web' ? [scope.site] : []));
  const { logOut, kept } = splitByKeep(sites, settings);
  return { sites: logOut, kept, storeId };
}

/**
 * Logs out of every site found, but those kept; each open tab of a site goes
 * to its login page. `confirmed`: the sites the user was shown and confirmed;
 * a site found since is left for another time, unasked.
 */
export async function logOutOfAllSites(tabId?: number, confirmed?: readonly string[]): Promise<SitesReport> {
  const [found, { settings }] = await Promise.all([findSites(tabId), currentSettings()]);
  const { kept, storeId } = found;
  const sites = confirmed ? found.sites.filter((site) => confirmed.includes(site)) : found.sites;
  const spare = keptSites(settings);
  const queuedAt = Date.now();
  const requests: LogoutRequest[] = sites.map((site) => ({
    host: site,
    storeId,
    reason: 'all',
    sendTabs: true,
    ...(spare.length ? { spare } : {}),
    queuedAt,
  }));
  return (await runOwnBatch(requests, kept)).report;
}
