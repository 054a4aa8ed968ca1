import { type CookieRecord, cookieKey, cookieUrl, type PartitionScheme } from '../core/logout/cookies';
import type { SavedCookie } from '../core/logout/snapshot';
import { cookieToSet } from '../core/logout/undo-cookies';
import type { DataTypeChoice } from '../core/settings';
import { type BrowsingData, browser, type Cookies, FIREFOX } from './browser';
import { storeScope } from './cookie-stores';

export type BrowserCookie = Cookies.Cookie;

/**
 * The cookies of a site's hosts in every partition and every cookie kept in
 * the site's own `partitions`. `domain` alone misses partitioned
 * cookies, hence the empty partitionKey, which asks for every partition:
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/cookies/getAll
 */
export async function readSiteCookies(
  site: string,
  storeId: string | undefined,
  partitions: readonly PartitionScheme[],
): Promise<BrowserCookie[]> {
  // Chromium keeps an IPv6 cookie's domain in brackets, as URLs write the host (see cookieUrl).
  const bracketed = site.includes(':') ? `[${site}]` : site;
  const queries: Cookies.GetAllDetailsType[] = [
    { domain: bracketed, partitionKey: {} },
    ...partitions.map((scheme) => ({ partitionKey: { topLevelSite: `${scheme}://${bracketed}` } })),
  ];
  const found = await Promise.all(
    queries.map((query) => browser.cookies.getAll({ ...query, ...(storeId ? { storeId } : {}), ...ANY_FIRST_PARTY })),
  );
  const unique = new Map<string, BrowserCookie>();
  for (const cookie of found.flat()) unique.set(cookieKey(cookie), cookie);
  return [...unique.values()];
}

/** The host of every cookie in a store, each once: every partition's too. */
export async function cookieHostsIn(storeId: string): Promise<string[]> {
  const cookies = await browser.cookies.getAll({ storeId, partitionKey: {}, ...ANY_FIRST_PARTY });
  return [...new Set(cookies.map((cookie) => cookie.domain.replace(/^\./, '')))];
}

/**
 * Firefox with first-party isolation on refuses a cookie query that names no
 * first-party domain; `null` asks for all of them. Chromium knows no such field.
 */
const ANY_FIRST_PARTY = FIREFOX ? { firstPartyDomain: null } : {};

/**
 * One fast call for the chosen data types of exact origins, in one cookie
 * store (see reachOf for what it can reach). In Chromium, cookies are the
 * exception: browsingData clears them for each origin's whole registrable domain
 * (https://developer.chrome.com/docs/extensions/reference/api/browsingData#type-RemovalOptions).
 * localStorage covers sessionStorage too.
 */
export async function clearOrigins(origins: readonly string[], types: DataTypeChoice, storeId: string): Promise<void> {
  if (origins.length === 0 || !Object.values(types).some(Boolean)) return;
  if (FIREFOX) return clearHosts(origins, types, storeId);
  // Chromium's `origins` is missing from the polyfill's types, which are Firefox's (it takes `hostnames`).
  const options: BrowsingData.RemovalOptions & { origins: string[] } = { origins: [...origins] };
  await browser.browsingData.remove(options, { ...types });
}

/**
 * Firefox's browsingData takes host names, not origins, and matches storage by
 * "host:port" on other ports than the default. What it cannot clear in a store
 * (see reachOf) page scripts clear in the site's open pages.
 */
async function clearHosts(origins: readonly string[], types: DataTypeChoice, storeId: string): Promise<void> {
  const hostnames = new Set<string>();
  for (const origin of origins) {
    const url = new URL(origin);
    hostnames.add(url.hostname);
    if (url.port) hostnames.add(url.host);
  }
  await browser.browsingData.remove(
    { hostnames: [...hostnames], ...storeScope(storeId) },
    { cookies: types.cookies, localStorage: types.localStorage, indexedDB: types.indexedDB },
  );
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
        ...(cookie.firstPartyDomain ? { firstPartyDomain: cookie.firstPartyDomain } : {}),
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
