import type { DataType } from '../settings';

/**
 * What one browsingData call can clear in a cookie store. The platform knows
 * it, per browser and store: Chromium's reaches the regular profile only,
 * where it clears a site's cookies from its origins and every kind of storage;
 * Firefox's clears local storage and IndexedDB by host name in one store (a
 * container's too), and nothing of a private window's. Kept apart from the
 * plan, so that the popup's code, which lists tabs, carries none of the plan's.
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
