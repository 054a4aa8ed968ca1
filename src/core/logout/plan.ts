import { redirectTarget } from '../redirect';
import type { DataTypeChoice, LogoutChoices, OtherTabsAction } from '../settings';
import { hostIsInSite, httpUrlOf, type SiteScope } from '../site';
import { type CookieRecord, cookieHosts, cookiesOfSite, cookiesOfSites, isSiteCookie } from './cookies';
import { PAGE_TYPES, REGULAR_PROFILE_REACH, STORAGE_TYPES, type StoreReach } from './reach';

export type WebScope = Extract<SiteScope, { kind: 'web' }>;

/** How long a site's own logout page may take before SignOff goes on without it. */
export const LOGOUT_PAGE_TIMEOUT_MS = 10_000;

/** What the browser shows us about a site before a logout. */
export interface LogoutSurvey<C extends CookieRecord = CookieRecord> {
  scope: WebScope;
  tabUrl: string;
  /** Cookies of the tab's store that may concern the site or its related sites. */
  cookies: readonly C[];
  /** Origins of every open tab and frame, of any site. */
  openOrigins: readonly string[];
  choices: LogoutChoices;
  /** What one browsingData call can clear in the tab's cookie store; the regular profile of Chromium by default. */
  reach?: StoreReach;
}

export interface LogoutPlan<C extends CookieRecord = CookieRecord> {
  site: string;
  relatedSites: string[];
  /** Origins whose storage one browsingData call clears, with the site's cookies when those are chosen. */
  storageOrigins: string[];
  /** Origins of related sites: storage only, since browsingData would widen their cookies to the whole site. */
  relatedOrigins: string[];
  /** Every cookie to remove: the site's own in any partition, others' in its partition, related sites'. */
  cookies: C[];
  /** The cookies that browsingData does not reach and the cookies API removes one by one. */
  cookiesByName: C[];
  clear: DataTypeChoice;
  /** What browsingData clears of `clear`, by origin; the rest of the cookies go by name. */
  byOrigin: DataTypeChoice;
  /**
   * The kinds of storage of `clear` that browsingData cannot reach in this
   * store (all of them in a private window): page scripts clear them in every
   * open frame of the sites. Partitioned frames get every kind in any store.
   */
  inPages: DataTypeChoice;
  otherTabs: OtherTabsAction;
  logoutUrl?: string;
  redirectUrl: string;
}

export function planLogout<C extends CookieRecord>(survey: LogoutSurvey<C>): LogoutPlan<C> {
  const { site } = survey.scope;
  const { rule, clear, otherTabs } = survey.choices;
  const relatedSites = relatedSitesOf(site, rule);
  const siteCookies = cookiesOfSite(survey.cookies, site);
  const relatedCookies = relatedSites.flatMap((related) => cookiesOfSite(survey.cookies, related));
  const cookies = clear.cookies ? cookiesOfSites(survey.cookies, [site, ...relatedSites]) : [];
  const reach = survey.reach ?? REGULAR_PROFILE_REACH;
  return {
    site,
    relatedSites,
    storageOrigins: storageOrigins(site, survey.openOrigins, [
      survey.scope.origin,
      ...cookieHosts(siteCookies, site).map((host) => `https://${host}`),
    ]),
    relatedOrigins: relatedSites.flatMap((related) =>
      storageOrigins(related, survey.openOrigins, [
        `https://${related}`,
        ...cookieHosts(relatedCookies, related).map((host) => `https://${host}`),
      ]),
    ),
    cookies,
    cookiesByName: reach.siteCookies ? cookies.filter((cookie) => !isSiteCookie(cookie, site)) : cookies,
    clear,
    ...clearingRoutes(clear, reach),
    otherTabs,
    ...(rule?.logoutUrl ? { logoutUrl: rule.logoutUrl } : {}),
    redirectUrl: redirectTarget(survey.tabUrl, rule),
  };
}

/** Each chosen kind of data goes to browsingData where it reaches, else storage goes to page scripts. */
function clearingRoutes(clear: DataTypeChoice, reach: StoreReach): Pick<LogoutPlan, 'byOrigin' | 'inPages'> {
  const byOrigin = { ...clear, cookies: clear.cookies && reach.siteCookies };
  const inPages = { ...clear, cookies: false };
  for (const type of STORAGE_TYPES) {
    const reached = reach.storage.includes(type);
    byOrigin[type] = clear[type] && reached;
    inPages[type] = clear[type] && !reached && PAGE_TYPES.includes(type);
  }
  return { byOrigin, inPages };
}

/** A rule's related sites, but for those inside the site itself (already covered). */
export function relatedSitesOf(site: string, rule?: { relatedSites?: string[] }): string[] {
  return (rule?.relatedSites ?? []).filter((related) => !hostIsInSite(related, site));
}

/** The host names whose saved data a plan clears: what a person calls "addresses", each scheme and port counted once. */
export function addressesOf(plan: Pick<LogoutPlan, 'storageOrigins' | 'relatedOrigins'>): string[] {
  const hosts = [...plan.storageOrigins, ...plan.relatedOrigins].map((origin) => httpUrlOf(origin)?.hostname ?? origin);
  return [...new Set(hosts)].sort();
}

/** Every site a plan's cookie and tab decisions cover. */
export function sitesOf(plan: Pick<LogoutPlan, 'site' | 'relatedSites'>): string[] {
  return [plan.site, ...plan.relatedSites];
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
  // Each address is parsed once: 170 cookies name a few hosts many times, and parsing each took 2 ms of a logout.
  for (const origin of new Set([...knownOrigins, ...openOrigins])) {
    const url = httpUrlOf(origin);
    if (!url || !hostIsInSite(url.hostname, site)) continue;
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
