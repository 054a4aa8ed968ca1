import { reachIn, type StoreReach } from '../core/logout/reach';
import { regularStoreIn, storeKindIn, storeOfTabIn } from '../core/logout/stores';
import { browser, FIREFOX } from './browser';

const BROWSER = FIREFOX ? 'firefox' : 'chromium';

/** The cookie store of a tab, without a call to the browser (see storeOfTabIn). */
export function storeOfTab(tab: { incognito: boolean; cookieStoreId?: string }): string {
  return storeOfTabIn(BROWSER, tab);
}

/** What one browsingData call can clear in this store, in this browser (see reachIn). */
export function reachOf(storeId: string): StoreReach {
  return reachIn(BROWSER, storeKindIn(BROWSER, storeId));
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
  return [...new Set([regularStoreIn(BROWSER), ...stores.map((store) => store.id)])];
}

/** The regular profile's cookie store, where a request that names no tab logs out. */
export function defaultStoreId(): string {
  return regularStoreIn(BROWSER);
}

export function isPrivateStore(storeId: string): boolean {
  return storeKindIn(BROWSER, storeId) === 'private';
}
