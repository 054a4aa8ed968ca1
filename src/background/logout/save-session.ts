import type { SessionSnapshot } from '../../core/logout/snapshot';
import { savedCookieOf } from '../../core/logout/undo-cookies';
import { readTabStorage } from '../../platform/page-scripts';
import type { BrowserCookie } from '../../platform/site-data';
import { readCookiesOfSites, sitesOfTarget } from './survey';
import type { Target } from './target';

type PageStorage = Pick<SessionSnapshot, 'localStorage' | 'sessionStorage'>;

/** The tab's own localStorage and sessionStorage, when the rule clears them (else Undo has none to put back). */
export async function readOwnStorage(target: Target): Promise<PageStorage> {
  const storage = target.choices.clear.localStorage ? await readTabStorage(target.tabId) : undefined;
  const own = storage?.origin === target.scope.origin ? storage : undefined;
  return { localStorage: own?.localStorage ?? {}, sessionStorage: own?.sessionStorage ?? {} };
}

/** What Undo would put back: the cookies the logout removes (those of the sites), the tab's own storage, the page. */
export function snapshotOf(
  target: Target,
  cookies: readonly BrowserCookie[],
  storage: PageStorage,
  landingUrl: string,
): SessionSnapshot {
  const sites = sitesOfTarget(target);
  const { clear, rule } = target.choices;
  return {
    id: crypto.randomUUID(),
    site: target.scope.site,
    relatedSites: sites.slice(1),
    tabId: target.tabId,
    pageUrl: target.url,
    landingUrl,
    origin: target.scope.origin,
    ...(target.storeId ? { storeId: target.storeId } : {}),
    cookiesCleared: clear.cookies,
    cookies: clear.cookies ? cookies.map(savedCookieOf) : [],
    ...storage,
    serverSessionEnded: rule?.logoutUrl !== undefined,
    expiresAt: 0,
  };
}

/** Saves what Undo would put back before the site's logout page changes it. */
export async function saveSession(target: Target, landingUrl: string): Promise<SessionSnapshot> {
  const [cookies, storage] = await Promise.all([
    readCookiesOfSites(sitesOfTarget(target), target.storeId),
    readOwnStorage(target),
  ]);
  return snapshotOf(target, cookies, storage, landingUrl);
}
