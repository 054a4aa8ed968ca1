import { type CookieRecord, cookieKey, cookieUrl } from './cookies';
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
 * What Undo does to the site's cookies, given those there now: removes the
 * ones set since the logout (the login page's own), and sets back the saved
 * ones that have not expired meanwhile (`nowSeconds`, as cookies count time).
 * A logout that kept the cookies leaves them alone.
 */
export function cookiesToUndo<C extends CookieRecord>(
  snapshot: Pick<SitePart, 'cookiesCleared' | 'cookies'>,
  current: readonly C[],
  nowSeconds: number,
): { remove: C[]; restore: SavedCookie[] } {
  if (!snapshot.cookiesCleared) return { remove: [], restore: [] };
  const saved = new Set(snapshot.cookies.map(cookieKey));
  return {
    remove: current.filter((cookie) => !saved.has(cookieKey(cookie))),
    restore: snapshot.cookies.filter(
      (cookie) => cookie.session || cookie.expirationDate === undefined || cookie.expirationDate > nowSeconds,
    ),
  };
}
