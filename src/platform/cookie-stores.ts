import type { StoreReach } from '../core/logout/plan';
import { browser, FIREFOX } from './browser';

// Chromium names its cookie stores "0" (regular) and "1" (incognito); Firefox
// "firefox-default", "firefox-private" and "firefox-container-N".
const DEFAULT_STORE = FIREFOX ? 'firefox-default' : '0';
const PRIVATE_STORE = FIREFOX ? 'firefox-private' : '1';

type TabLike = { id?: number; incognito: boolean; cookieStoreId?: string };

/** A function that names the cookie store of each tab, read once for many tabs. */
export async function cookieStoresOfTabs(): Promise<(tab: TabLike) => string> {
  const stores = await browser.cookies.getAllCookieStores().catch(() => []);
  return (tab) =>
    // Firefox says on the tab (containers included); Chromium lists each store's tabs.
    tab.cookieStoreId ??
    stores.find((store) => tab.id !== undefined && store.tabIds.includes(tab.id))?.id ??
    (tab.incognito ? PRIVATE_STORE : DEFAULT_STORE);
}

/**
 * What one browsingData call can clear in a store. Chromium's acts on the
 * regular profile only, and there clears every cookie of an origin's site.
 * Firefox's takes host names, clears cookies of those exact hosts only (so
 * cookies go by name), reaches containers through `cookieStoreId`, and has no
 * way to name a private window's store.
 */
export function reachOf(storeId: string): StoreReach {
  if (FIREFOX) return { siteCookies: false, storage: storeId !== PRIVATE_STORE };
  return storeId === DEFAULT_STORE ? { siteCookies: true, storage: true } : { siteCookies: false, storage: false };
}

/** The option that keeps a Firefox call (a browsingData removal, a new tab) to one container; Chromium has none. */
export function storeScope(storeId: string | undefined): { cookieStoreId?: string } {
  return FIREFOX && storeId !== undefined && storeId !== DEFAULT_STORE ? { cookieStoreId: storeId } : {};
}

export function isPrivateStore(storeId: string): boolean {
  return storeId === PRIVATE_STORE;
}
