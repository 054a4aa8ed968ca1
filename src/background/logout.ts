import { cookiesOfSite } from '../core/cookies';
import { type LogoutPlan, planLogout, type WebScope } from '../core/logout-plan';
import type { LogoutReport, SiteView } from '../core/messages';
import { siteOfUrl } from '../core/site';
import {
  type BrowserCookie,
  clearOrigins,
  cookieStoreOfTab,
  readSiteCookies,
  removeCookies,
} from '../platform/site-data';
import { navigateTab, openOrigins, tabUrl } from '../platform/tabs';

/** Raised when a tab has nothing to log out of; its message is for the user. */
export class NothingToLogOut extends Error {}

interface Survey {
  scope: WebScope;
  storeId: string | undefined;
  plan: LogoutPlan<BrowserCookie>;
}

async function surveyTab(tabId: number): Promise<Survey | { reason: string }> {
  const url = await tabUrl(tabId);
  const scope = siteOfUrl(url);
  if (scope.kind === 'none' || !url) {
    return { reason: scope.kind === 'none' ? scope.reason : 'Nothing to log out of here.' };
  }
  const storeId = await cookieStoreOfTab(tabId);
  const [cookies, origins] = await Promise.all([readSiteCookies(scope.site, storeId), openOrigins()]);
  const plan = planLogout({ scope, tabUrl: url, cookies, openOrigins: origins });
  return { scope, storeId, plan };
}

export async function viewSite(tabId: number): Promise<SiteView> {
  const survey = await surveyTab(tabId);
  if ('reason' in survey) return { kind: 'none', tabId, reason: survey.reason };
  return {
    kind: 'web',
    tabId,
    host: survey.scope.host,
    site: survey.scope.site,
    cookieCount: survey.plan.cookies.length,
    storageOriginCount: survey.plan.storageOrigins.length,
    redirectUrl: survey.plan.redirectUrl,
  };
}

const running = new Map<number, Promise<LogoutReport>>();

/** Logs a tab out of its site; a second request for the same tab joins the first. */
export function logOut(tabId: number): Promise<LogoutReport> {
  const current = running.get(tabId);
  if (current) return current;
  const logout = runLogout(tabId).finally(() => running.delete(tabId));
  running.set(tabId, logout);
  return logout;
}

async function runLogout(tabId: number): Promise<LogoutReport> {
  const survey = await surveyTab(tabId);
  if ('reason' in survey) throw new NothingToLogOut(survey.reason);
  const { plan, storeId } = survey;
  await clearOrigins(plan.storageOrigins);
  await removeCookies(plan.cookiesOutsideSite);
  // Whatever browsingData left (it scopes cookies by its own idea of the site) goes one by one.
  await removeCookies(cookiesOfSite(await readSiteCookies(plan.site, storeId), plan.site));
  await navigateTab(tabId, plan.redirectUrl);
  return {
    site: plan.site,
    cookiesCleared: plan.cookies.length,
    storageOriginsCleared: plan.storageOrigins.length,
    redirectUrl: plan.redirectUrl,
  };
}
