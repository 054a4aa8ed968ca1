import type { BrowserKind, StoreKind } from './reach';

/**
 * The names each browser gives its regular and private cookie stores. Firefox
 * also has a store per container, "firefox-container-N", which it names on the tab.
 */
const STORE_NAMES: Record<BrowserKind, Record<Exclude<StoreKind, 'container'>, string>> = {
  chromium: { regular: '0', private: '1' },
  firefox: { regular: 'firefox-default', private: 'firefox-private' },
};

/** The regular profile's cookie store in a browser. */
export function regularStoreIn(browser: BrowserKind): string {
  return STORE_NAMES[browser].regular;
}

/**
 * The cookie store of a tab, without a call to the browser: Firefox names it on
 * the tab (containers included), and Chromium has only the regular store and
 * incognito windows' one, which `incognito` tells apart.
 */
export function storeOfTabIn(browser: BrowserKind, tab: { incognito: boolean; cookieStoreId?: string }): string {
  return tab.cookieStoreId ?? STORE_NAMES[browser][tab.incognito ? 'private' : 'regular'];
}

/** Which kind of cookie store an id names. */
export function storeKindIn(browser: BrowserKind, storeId: string): StoreKind {
  const names = STORE_NAMES[browser];
  return storeId === names.regular ? 'regular' : storeId === names.private ? 'private' : 'container';
}
