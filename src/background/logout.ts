import { cookiesOfSite } from '../core/cookies';
import { type LogoutPlan, planLogout, sitesOf, type WebScope } from '../core/logout-plan';
import type { LogoutReport, SiteView } from '../core/messages';
import { tabsOnSites } from '../core/other-tabs';
import { choicesFor, type LogoutChoices } from '../core/settings';
import { siteOfHost, siteOfTab } from '../core/site';
import { loadSettings } from '../platform/settings-store';
import {
  type BrowserCookie,
  clearOrigins,
  cookieStoreOfTab,
  readSiteCookies,
  removeCookies,
} from '../platform/site-data';
import { closeTabs, listTabs, navigateAndWait, openOrigins, readTab, reloadTabs } from '../platform/tabs';

/** How long a site's own logout page may take before SignOff goes on without it. */
export const LOGOUT_PAGE_TIMEOUT_MS = 10_000;

/** How long to wait for the login page to commit before reporting: the badge is set after that. */
const LANDING_TIMEOUT_MS = 5_000;

/** Raised when a tab has nothing to log out of; its message is for the user. */
export class NothingToLogOut extends Error {}

interface Target {
  tabId: number;
  url: string;
  scope: WebScope;
  choices: LogoutChoices;
}

async function targetOf(tabId: number): Promise<Target | { reason: string }> {
  const tab = await readTab(tabId);
  const { url } = tab;
  const scope = siteOfTab(tab);
  if (scope.kind === 'none' || !url)
    return { reason: scope.kind === 'none' ? scope.reason : 'Nothing to log out of here.' };
  const { settings } = await loadSettings();
  return { tabId, url, scope, choices: choicesFor(settings, scope.host) };
}

async function survey(target: Target): Promise<{ plan: LogoutPlan<BrowserCookie>; storeId?: string }> {
  const storeId = await cookieStoreOfTab(target.tabId);
  const sites = [target.scope.site, ...(target.choices.rule?.relatedSites ?? [])];
  const [cookieLists, origins] = await Promise.all([
    Promise.all(sites.map((site) => readCookiesOf(site, storeId))),
    openOrigins(),
  ]);
  const plan = planLogout({
    scope: target.scope,
    tabUrl: target.url,
    cookies: cookieLists.flat(),
    openOrigins: origins,
    choices: target.choices,
  });
  return { plan, ...(storeId ? { storeId } : {}) };
}

export async function viewSite(tabId: number): Promise<SiteView> {
  const target = await targetOf(tabId);
  if ('reason' in target) return { kind: 'none', tabId, reason: target.reason };
  const { plan } = await survey(target);
  return {
    kind: 'web',
    tabId,
    host: target.scope.host,
    site: target.scope.site,
    pageUrl: target.url,
    cookieCount: plan.cookies.length,
    storageOriginCount: plan.storageOrigins.length + plan.relatedOrigins.length,
    redirectUrl: plan.redirectUrl,
    ...(target.choices.rule ? { rule: target.choices.rule } : {}),
  };
}

/**
 * A repeat within this time after a logout ends still joins it: a double
 * press of the shortcut must not clear and navigate a second time.
 */
const REPEAT_WINDOW_MS = 2_000;
const recent = new Map<number, Promise<LogoutReport>>();

export interface LogoutOptions {
  /** The site the caller showed the user; a tab that has moved to another site is refused. */
  expectedSite?: string;
  /** Called once the tab's site is known and the logout begins. */
  onStart?: (site: string) => Promise<void>;
}

/** Logs a tab out of its site; a second request for the same tab joins the first. */
export function logOut(tabId: number, options: LogoutOptions = {}): Promise<LogoutReport> {
  const current = recent.get(tabId);
  if (current) return current;
  const logout = runLogout(tabId, options);
  recent.set(tabId, logout);
  const forget = () => setTimeout(() => recent.delete(tabId), REPEAT_WINDOW_MS);
  logout.then(forget, () => recent.delete(tabId));
  return logout;
}

async function runLogout(tabId: number, { expectedSite, onStart }: LogoutOptions): Promise<LogoutReport> {
  const target = await targetOf(tabId);
  if ('reason' in target) throw new NothingToLogOut(target.reason);
  if (expectedSite !== undefined && target.scope.site !== expectedSite) {
    throw new NothingToLogOut(
      `The tab has moved from ${expectedSite} to ${target.scope.site}; nothing was cleared. Open SignOff again to log out of ${target.scope.site}.`,
    );
  }
  await onStart?.(target.scope.site);
  const notes: string[] = [];
  const logoutUrl = target.choices.rule?.logoutUrl;
  if (logoutUrl) {
    // The server ends its own session first, while the session cookies are still there.
    const outcome = await navigateAndWait(tabId, logoutUrl, { until: 'loaded', timeoutMs: LOGOUT_PAGE_TIMEOUT_MS });
    if (outcome === 'timeout')
      notes.push(`The site's logout page did not finish loading within 10 s; SignOff went on.`);
    if (outcome === 'failed') notes.push(`The site's logout page failed to load; SignOff went on.`);
  }
  const { plan, storeId } = await survey(target);
  await clearSiteData(plan, storeId);
  const others = tabsOnSites(await listTabs(), sitesOf(plan), tabId);
  if (plan.otherTabs === 'reload') await reloadTabs(others);
  if (plan.otherTabs === 'close') await closeTabs(others);
  await navigateAndWait(tabId, plan.redirectUrl, { until: 'committed', timeoutMs: LANDING_TIMEOUT_MS });
  return {
    site: plan.site,
    relatedSites: plan.relatedSites,
    cookiesCleared: plan.cookies.length,
    storageOriginsCleared: plan.storageOrigins.length + plan.relatedOrigins.length,
    otherTabs: { action: plan.otherTabs, count: plan.otherTabs === 'leave' ? 0 : others.length },
    redirectUrl: plan.redirectUrl,
    notes,
  };
}

async function clearSiteData(plan: LogoutPlan<BrowserCookie>, storeId: string | undefined): Promise<void> {
  await Promise.all([
    clearOrigins(plan.storageOrigins, plan.clear),
    clearOrigins(plan.relatedOrigins, { ...plan.clear, cookies: false }),
    removeCookies(plan.cookiesByName),
  ]);
  if (!plan.clear.cookies) return;
  // Whatever is left (browsingData scopes cookies by its own idea of a site, and
  // pages may set new ones meanwhile) goes through the cookies API.
  const left = await Promise.all(sitesOf(plan).map((site) => readCookiesOf(site, storeId)));
  await removeCookies(sitesOf(plan).flatMap((site, index) => cookiesOfSite(left[index] ?? [], site)));
}

/** A partition belongs to a whole site; a related host has none of its own. */
function readCookiesOf(site: string, storeId: string | undefined): Promise<BrowserCookie[]> {
  return readSiteCookies(site, storeId, { withPartition: siteOfHost(site) === site });
}
