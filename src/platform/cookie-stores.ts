import { REGULAR_PROFILE_REACH, type StoreReach } from '../core/logout/reach';
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
 * What one browsingData call can clear in a store (measured: Chromium 156,
 * Firefox ESR 153). Chromium's acts on the regular profile only, and there
 * clears every cookie of an origin's site and every kind of storage.
 * Firefox's takes host names and clears cookies of those exact hosts only (so
 * cookies go by name); with a `cookieStoreId` it clears local storage and
 * IndexedDB of one store, but refuses service workers, has no Cache Storage
 * type, and silently clears nothing of a private window's store.
 */
export function reachOf(storeId: string): StoreReach {
  if (FIREFOX) return { siteCookies: false, storage: storeId === PRIVATE_STORE ? [] : ['localStorage', 'indexedDB'] };
  return storeId === DEFAULT_STORE ? REGULAR_PROFILE_REACH : { siteCookies: false, storage: [] };
}

/**
 * The option that keeps a Firefox call to one cookie store. Always given: a
 * browsingData call without it clears every store's storage, private windows'
 * and containers' too. Chromium has no such option.
 */
export function storeScope(storeId: string | undefined): { cookieStoreId?: string } {
  return FIREFOX && storeId !== undefined ? { cookieStoreId: storeId } : {};
}

export function isPrivateStore(storeId: string): boolean {
  return storeId === PRIVATE_STORE;
}
