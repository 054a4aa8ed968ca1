import { reachIn, type StoreReach } from '../core/logout/reach';
import { browser, FIREFOX } from './browser';

// Chromium names its cookie stores "0" (regular) and "1" (incognito); Firefox
// "firefox-default", "firefox-private" and "firefox-container-N".
const DEFAULT_STORE = FIREFOX ? 'firefox-default' : '0';
const PRIVATE_STORE = FIREFOX ? 'firefox-private' : '1';

type TabLike = { incognito: boolean; cookieStoreId?: string };

/**
 * The cookie store of a tab, without a call to the browser: Firefox names it on
 * the tab (containers included), and Chromium has only the regular store and
 * incognito windows' one, which `incognito` tells apart.
 */
export function storeOfTab(tab: TabLike): string {
  return tab.cookieStoreId ?? (tab.incognito ? PRIVATE_STORE : DEFAULT_STORE);
}

/** What one browsingData call can clear in this store, in this browser (see reachIn). */
export function reachOf(storeId: string): StoreReach {
  const store = storeId === DEFAULT_STORE ? 'regular' : storeId === PRIVATE_STORE ? 'private' : 'container';
  return reachIn(FIREFOX ? 'firefox' : 'chromium', store);
}

/**
 * The option that keeps a Firefox call to one cookie store. Always given: a
 * browsingData call without it clears every store's storage, private windows'
 * and containers' too. Chromium has no such option.
 */
export function storeScope(storeId: string | undefined): { cookieStoreId?: string } {
  return FIREFOX && storeId !== undefined ? { cookieStoreId: storeId } : {};
}

/** The cookie stores that exist now: a private window's goes when the last one closes. */
export async function cookieStoreIds(): Promise<string[]> {
  const stores = await browser.cookies.getAllCookieStores().catch(() => []);
  return [...new Set([DEFAULT_STORE, ...stores.map((store) => store.id)])];
}

/** The regular profile's cookie store, where a request that names no tab logs out. */
export function defaultStoreId(): string {
  return DEFAULT_STORE;
}

export function isPrivateStore(storeId: string): boolean {
  return storeId === PRIVATE_STORE;
}
