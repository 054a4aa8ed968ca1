import { type CookieRecord, cookieKey, cookieUrl } from '../core/logout/cookies';
import type { SavedCookie } from '../core/logout/snapshot';
import { cookieToSet } from '../core/logout/undo-cookies';
import type { DataTypeChoice } from '../core/settings';
import { type BrowsingData, browser, type Cookies } from './browser';

export type BrowserCookie = Cookies.Cookie;

/**
 * The cookies of a site's hosts in every partition and, for a whole site,
 * every cookie kept in its own partition. `domain` alone misses partitioned
 * cookies, hence the empty partitionKey, which asks for every partition:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll
 */
export async function readSiteCookies(
  site: string,
  storeId: string | undefined,
  { withPartition }: { withPartition: boolean },
): Promise<BrowserCookie[]> {
  // Chromium keeps an IPv6 cookie's domain in brackets, as URLs write the host (see cookieUrl).
  const bracketed = site.includes(':') ? `[${site}]` : site;
  const queries: Cookies.GetAllDetailsType[] = [
    { domain: bracketed, partitionKey: {} },
    ...(withPartition
      ? [
          { partitionKey: { topLevelSite: `https://${bracketed}` } },
          { partitionKey: { topLevelSite: `http://${bracketed}` } },
        ]
      : []),
  ];
  const found = await Promise.all(
    queries.map((query) => browser.cookies.getAll(storeId ? { ...query, storeId } : query)),
  );
  const unique = new Map<string, BrowserCookie>();
  for (const cookie of found.flat()) unique.set(cookieKey(cookie), cookie);
  return [...unique.values()];
}

/**
 * One fast call for the chosen data types of exact origins. Cookies are the
 * exception: browsingData clears them for each origin's whole registrable domain
 * (https://developer.chrome.com/docs/extensions/reference/api/browsingData#type-RemovalOptions).
 * localStorage covers sessionStorage too.
 */
export async function clearOrigins(origins: readonly string[], types: DataTypeChoice): Promise<void> {
  if (origins.length === 0 || !Object.values(types).some(Boolean)) return;
  // Chromium's `origins` is missing from the polyfill's types, which are Firefox's (it takes `hostnames`).
  const options: BrowsingData.RemovalOptions & { origins: string[] } = { origins: [...origins] };
  await browser.browsingData.remove(options, { ...types });
}

/** Removes exact cookies, in parallel: one by one costs about 9 ms a cookie. */
export async function removeCookies(cookies: readonly CookieRecord[]): Promise<void> {
  await Promise.all(
    cookies.map((cookie) =>
      browser.cookies.remove({
        url: cookieUrl(cookie),
        name: cookie.name,
        ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
        ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
      }),
    ),
  );
}

/** Puts cookies back exactly as they were; returns those the browser refused. */
export async function restoreCookies(cookies: readonly SavedCookie[]): Promise<SavedCookie[]> {
  const results = await Promise.all(
    cookies.map((cookie) =>
      browser.cookies.set(cookieToSet(cookie)).then(
        (set) => (set ? undefined : cookie),
        () => cookie,
      ),
    ),
  );
  return results.filter((cookie): cookie is SavedCookie => cookie !== undefined);
}

/** The cookie store a tab uses (the incognito store for incognito tabs). */
export async function cookieStoreOfTab(tabId: number): Promise<string | undefined> {
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((store) => store.tabIds.includes(tabId))?.id;
}
