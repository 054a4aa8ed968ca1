import type { DataType } from '../settings';

/**
 * What one browsingData call can clear in a cookie store (reachIn says which,
 * per browser and kind of store). Kept apart from the plan, so that the
 * popup's code, which lists tabs, carries none of the plan's.
 */
export interface StoreReach {
  /** Every cookie of a site, given its origins. */
  siteCookies: boolean;
  /** The kinds of storage it clears for exact origins. */
  storage: readonly StorageType[];
}

export type StorageType = Exclude<DataType, 'cookies'>;

export const STORAGE_TYPES: readonly StorageType[] = [
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
  'fileSystems',
];

/** What a page script can clear in the page's own frame (file systems have no such API). */
export const PAGE_TYPES: readonly StorageType[] = ['localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers'];

export const REGULAR_PROFILE_REACH: StoreReach = { siteCookies: true, storage: STORAGE_TYPES };

export type BrowserKind = 'chromium' | 'firefox';
export type StoreKind = 'regular' | 'private' | 'container';

/**
 * What one browsingData call can clear, per browser and kind of cookie store
 * (measured: Chromium 156, Firefox ESR 153). Chromium's acts on the regular
 * profile only, and there clears every cookie of an origin's site and every
 * kind of storage. Firefox's takes host names and clears cookies of those exact
 * hosts only (so cookies go by name); given one store, a container's included,
 * it clears local storage and IndexedDB, but refuses service workers, has no
 * Cache Storage type, and silently clears nothing of a private window's store.
 */
export function reachIn(browser: BrowserKind, store: StoreKind): StoreReach {
  if (browser === 'firefox') return { siteCookies: false, storage: store === 'private' ? [] : FIREFOX_STORE_TYPES };
  return store === 'regular' ? REGULAR_PROFILE_REACH : { siteCookies: false, storage: [] };
}

const FIREFOX_STORE_TYPES: readonly StorageType[] = ['localStorage', 'indexedDB'];
