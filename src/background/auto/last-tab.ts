import { placesOf, type TabPlace } from '../../core/auto/groups';
import { sitesLeftWithoutTabs, watchedForLastTab } from '../../core/auto/last-tab';
import { autoLogoutOf } from '../../core/auto/moments';
import { bareHost, httpUrlOf } from '../../core/site';
import { openTabAddresses } from '../../platform/auto-events';
import { changeTabPlaces, readTabPlaces } from '../../platform/auto-store';
import { storeOfTab } from '../../platform/cookie-stores';
import { currentSettings } from '../../platform/settings-store';
import { queueLogouts } from './batch';

/**
 * Remembers where a tab is, if closing it could log out a site: by the time
 * the browser says a tab closed, its address is gone.
 */
export async function watchTab(tab: { id?: number; url?: string; incognito: boolean }): Promise<void> {
  const { id } = tab;
  if (id === undefined) return;
  const url = tab.url === undefined ? undefined : httpUrlOf(tab.url);
  const host = url && bareHost(url);
  const { settings } = await currentSettings();
  // Without such rules no tab is watched (one recorded under a rule since removed can log nothing out).
  if (!settings.sites.some((rule) => autoLogoutOf(rule).onLastTabClosed)) return;
  const watched = host !== undefined && watchedForLastTab(host, settings);
  if (!watched && !(id in (await readTabPlaces()))) return;
  const storeId = storeOfTab(tab);
  await changeTabPlaces((places) => {
    const { [id]: _gone, ...others } = places;
    return watched && url && host !== undefined ? { ...others, [id]: { host, storeId, origin: url.origin } } : others;
  });
}

/** Remembers every open tab that closing could log out a site (when SignOff starts, or its rules change). */
export async function watchOpenTabs(): Promise<void> {
  const { settings } = await currentSettings();
  if (!settings.sites.some((rule) => autoLogoutOf(rule).onLastTabClosed)) return;
  const tabs = await openTabAddresses();
  const watched = tabs.flatMap((tab) => {
    const [place] = placesOf([{ urls: tab.urls.slice(0, 1), storeId: tab.storeId }]);
    return place && watchedForLastTab(place.host, settings) ? [[String(tab.id), place] as const] : [];
  });
  await changeTabPlaces((places) => ({ ...places, ...Object.fromEntries(watched) }));
}

/** Queues the logout of each site whose last tab this was; true if any was queued. */
export async function tabClosed(tabId: number): Promise<boolean> {
  let closed: TabPlace | undefined;
  await changeTabPlaces((places) => {
    const { [tabId]: place, ...others } = places;
    closed = place;
    return others;
  });
  if (!closed) return false;
  const [tabs, { settings }] = await Promise.all([openTabAddresses(), currentSettings()]);
  const open = placesOf(tabs.filter((tab) => tab.id !== tabId));
  const targets = sitesLeftWithoutTabs([closed], open, settings);
  const queuedAt = Date.now();
  await queueLogouts(targets.map((target) => ({ ...target, reason: 'lastTabClosed', sendTabs: false, queuedAt })));
  return targets.length > 0;
}
