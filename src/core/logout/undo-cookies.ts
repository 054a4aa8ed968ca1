import { belongsToKeptSite, type CookieRecord, cookieKey, cookiesOfSites, cookieUrl } from './cookies';
import type { SavedCookie, SitePart } from './snapshot';

/** The fields of a browser cookie that Undo keeps, and nothing else. */
export function savedCookieOf(cookie: SavedCookie): SavedCookie {
  const { name, value, domain, path, secure, hostOnly, httpOnly, sameSite, session } = cookie;
  return {
    name,
    value,
    domain,
    path,
    secure,
    hostOnly,
    httpOnly,
    sameSite,
    session,
    ...(cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    ...(cookie.firstPartyDomain ? { firstPartyDomain: cookie.firstPartyDomain } : {}),
  };
}

/** The details `cookies.set` needs to put a cookie back exactly as it was. */
export function cookieToSet(cookie: SavedCookie) {
  return {
    url: cookieUrl(cookie),
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    // A host-only cookie is set without a domain; given one, the browser would widen it to subdomains.
    ...(cookie.hostOnly ? {} : { domain: cookie.domain }),
    ...(cookie.session || cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    ...(cookie.firstPartyDomain ? { firstPartyDomain: cookie.firstPartyDomain } : {}),
  };
}

/**
 * What Undo does to the cookies of several sites logged out at once, given
 * those there now: removes the ones set since the logout (the login pages'
 * own), and sets back the saved ones that have not expired meanwhile
 * (`nowSeconds`, as cookies count time); a part whose rule kept cookies
 * leaves its site's alone. Over all the parts together: a
 * cookie two parts cover (one site's kept in another's partition) is saved by
 * one of them only: it is neither removed as new nor put back twice. Cookies
 * of kept sites (a part's `spare`) are left alone.
 */
export function cookiesToUndoAll<C extends CookieRecord>(
  parts: readonly SitePart[],
  current: readonly C[],
  nowSeconds: number,
): { remove: C[]; restore: SavedCookie[] } {
  const clearing = parts.filter((part) => part.cookiesCleared);
  const saved = new Map(clearing.flatMap((part) => part.cookies).map((cookie) => [cookieKey(cookie), cookie]));
  const covered = new Map<string, C>();
  for (const part of clearing) {
    for (const cookie of cookiesOfSites(current, [part.site, ...part.relatedSites])) {
      if (!belongsToKeptSite(cookie, part.spare ?? [])) covered.set(cookieKey(cookie), cookie);
    }
  }
  return {
    remove: [...covered.entries()].filter(([key]) => !saved.has(key)).map(([, cookie]) => cookie),
    restore: [...saved.values()].filter(
      (cookie) => cookie.session || cookie.expirationDate === undefined || cookie.expirationDate > nowSeconds,
    ),
  };
}
