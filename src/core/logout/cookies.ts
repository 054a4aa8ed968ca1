import { hostIsInSite, siteOfUrl } from '../site';

/** The fields of a browser cookie that decide where it lives and how to remove it. */
export interface CookieRecord {
  name: string;
  domain: string;
  path: string;
  secure: boolean;
  hostOnly?: boolean;
  storeId?: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  /** Firefox's first-party isolation keeps a cookie apart per first-party domain (empty when it is off). */
  firstPartyDomain?: string;
}

/** Cookies set by the site itself (any of its hosts), in any partition. */
export function isSiteCookie(cookie: CookieRecord, site: string): boolean {
  return hostIsInSite(cookie.domain, site);
}

/** Cookies of other sites kept in the site's own partition (third-party CHIPS). */
export function isInSitePartition(cookie: CookieRecord, site: string): boolean {
  const topLevelSite = cookie.partitionKey?.topLevelSite;
  if (!topLevelSite) return false;
  const scope = siteOfUrl(topLevelSite);
  return scope.kind === 'web' && scope.site === site;
}

/**
 * Cookies that belong to a kept site (the keep list of "Log out of all
 * sites"): its own, in any partition, and other sites' kept in its partition.
 */
export function belongsToKeptSite(cookie: CookieRecord, kept: readonly string[]): boolean {
  return kept.some((site) => isSiteCookie(cookie, site) || isInSitePartition(cookie, site));
}

/** The schemes of a site's own partitions: cookies are kept apart under `https://site` and `http://site`. */
export type PartitionScheme = 'https' | 'http';
export const PARTITION_SCHEMES: readonly PartitionScheme[] = ['https', 'http'];

/**
 * The sites' partitions that the check after clearing reads again: those that
 * held cookies, and those under a page of the sites open at top level, whose
 * embeds may set more meanwhile. Nothing else can put a cookie in the others,
 * and each read of them scans the whole cookie jar (22 ms with 3,000 cookies, bench).
 */
export function partitionsToRecheck(
  cookies: readonly CookieRecord[],
  sites: readonly string[],
  openPages: readonly string[],
): PartitionScheme[] {
  const held = cookies
    .filter((cookie) => sites.some((site) => isInSitePartition(cookie, site)))
    .map((cookie) => cookie.partitionKey?.topLevelSite ?? '');
  const open = openPages.filter((page) => {
    const scope = siteOfUrl(page);
    return scope.kind === 'web' && sites.includes(scope.site);
  });
  return PARTITION_SCHEMES.filter((scheme) => [...held, ...open].some((address) => address.startsWith(`${scheme}://`)));
}

/** Every cookie a logout of the site removes. */
export function cookiesOfSite<C extends CookieRecord>(cookies: readonly C[], site: string): C[] {
  return cookies.filter((cookie) => isSiteCookie(cookie, site) || isInSitePartition(cookie, site));
}

/** Every cookie a logout of these sites removes, each once. */
export function cookiesOfSites<C extends CookieRecord>(cookies: readonly C[], sites: readonly string[]): C[] {
  const unique = new Map<string, C>();
  for (const site of sites) for (const cookie of cookiesOfSite(cookies, site)) unique.set(cookieKey(cookie), cookie);
  return [...unique.values()];
}

/** The URL that `cookies.remove` needs to address this exact cookie. */
export function cookieUrl(cookie: CookieRecord): string {
  // Chromium keeps an IPv6 cookie's domain in brackets ("[::1]"), as URLs serialize such a host:
  // https://url.spec.whatwg.org/#host-serializing
  const host = cookie.domain.replace(/^\./, '').replace(/^\[|\]$/g, '');
  const bracketed = host.includes(':') ? `[${host}]` : host;
  return `${cookie.secure ? 'https' : 'http'}://${bracketed}${cookie.path}`;
}

/** The host names the site's cookies name, each once, without leading dots. */
export function cookieHosts(cookies: readonly CookieRecord[], site: string): string[] {
  const hosts = new Set<string>();
  for (const cookie of cookies) {
    if (!isSiteCookie(cookie, site)) continue;
    const host = cookie.domain.replace(/^\./, '').toLowerCase();
    hosts.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  }
  return [...hosts];
}

/** A stable identity for a cookie, for counting and comparing. */
export function cookieKey(cookie: CookieRecord): string {
  return [
    cookie.storeId ?? '',
    cookie.firstPartyDomain ?? '',
    cookie.partitionKey?.topLevelSite ?? '',
    cookie.partitionKey?.hasCrossSiteAncestor ? 'x' : '',
    cookie.domain,
    cookie.path,
    cookie.name,
  ].join('\u0000');
}
