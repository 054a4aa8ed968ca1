import { type CookieRecord, cookieHosts, cookiesOfSite, isSiteCookie } from './cookies';
import { type RedirectRule, redirectTarget } from './redirect';
import { hostIsInSite, type SiteScope } from './site';

export type WebScope = Extract<SiteScope, { kind: 'web' }>;

/** What the browser shows us about a site before a logout. */
export interface LogoutSurvey<C extends CookieRecord = CookieRecord> {
  scope: WebScope;
  tabUrl: string;
  /** Cookies of the tab's store that may concern the site (the site's and its partition's). */
  cookies: readonly C[];
  /** Origins of every open tab and frame, of any site. */
  openOrigins: readonly string[];
  rule?: RedirectRule;
}

export interface LogoutPlan<C extends CookieRecord = CookieRecord> {
  site: string;
  /** Every origin whose storage is cleared (and, through it, the site's cookies). */
  storageOrigins: string[];
  /** Every cookie to remove: the site's own in any partition, and others' in its partition. */
  cookies: C[];
  /** Cookies the browsingData call does not reach and the cookies API must remove. */
  cookiesOutsideSite: C[];
  redirectUrl: string;
}

export function planLogout<C extends CookieRecord>(survey: LogoutSurvey<C>): LogoutPlan<C> {
  const { site } = survey.scope;
  const cookies = cookiesOfSite(survey.cookies, site);
  return {
    site,
    storageOrigins: storageOrigins(site, survey.openOrigins, [
      survey.scope.origin,
      ...cookieHosts(cookies, site).map((host) => `https://${host}`),
    ]),
    cookies,
    cookiesOutsideSite: cookies.filter((cookie) => !isSiteCookie(cookie, site)),
    redirectUrl: redirectTarget(survey.tabUrl, survey.rule),
  };
}

/**
 * Every origin of the site that we know of, over https and http, on the
 * default port and on each port the site is open on.
 */
export function storageOrigins(
  site: string,
  openOrigins: readonly string[],
  knownOrigins: readonly string[],
): string[] {
  const hosts = new Set<string>();
  const ports = new Set<string>(['']);
  for (const origin of [...knownOrigins, ...openOrigins]) {
    const url = safeUrl(origin);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) continue;
    if (!hostIsInSite(url.hostname, site)) continue;
    hosts.add(url.hostname.toLowerCase());
    ports.add(url.port);
  }
  const origins: string[] = [];
  for (const host of [...hosts].sort()) {
    for (const scheme of ['https', 'http']) {
      for (const port of [...ports].sort()) {
        origins.push(`${scheme}://${host}${port ? `:${port}` : ''}`);
      }
    }
  }
  return origins;
}

function safeUrl(candidate: string): URL | undefined {
  try {
    return new URL(candidate);
  } catch {
    return undefined;
  }
}
