import type { SiteOutcome } from '../../core/logout/all-sites';
import { belongsToKeptSite } from '../../core/logout/cookies';
import { NO_TAB, type SitePart } from '../../core/logout/snapshot';
import { redirectTarget } from '../../core/redirect';
import { choicesFor, type LogoutChoices } from '../../core/settings';
import { hostIsInSite, siteOfUrl } from '../../core/site';
import { readTabStorage } from '../../platform/page-scripts';
import { currentSettings } from '../../platform/settings-store';
import { readTab } from '../../platform/tabs';
import { clearAndVerify, restartOtherTabs, stopSitePages } from './clearing';
import { land } from './landing';
import { NO_CLOCK } from './phases';
import { snapshotOf } from './save-session';
import { type Survey, surveySite } from './survey';
import type { Target } from './target';

/** A site to log out of with no tab to start from: automatically, or as one of all sites. */
export interface SiteLogoutRequest {
  /** The rule's site (whose choices apply), or the site itself. */
  host: string;
  storeId: string;
  /** Its open tabs go to its login page; else the rule's choice for other tabs applies. */
  sendTabs: boolean;
  /** Sites not to touch, though the rule names them as related (the keep list). */
  spare?: readonly string[];
  /** Origins of the site that no tab shows now, whose storage is cleared too. */
  origins?: readonly string[];
}

/**
 * Logs out of a site as the popup would, but from no tab: the same survey,
 * clearing and check, with every open tab of the site treated as one the
 * logout lands (or, without `sendTabs`, as the site's other tabs). Returns
 * what it did and what Undo needs.
 */
export async function logOutOfSite(request: SiteLogoutRequest): Promise<{ outcome: SiteOutcome; parts: SitePart[] }> {
  const target = await tablessTarget(request);
  const survey = sparing(await surveySite(target), request.spare ?? []);
  const tabs = request.sendTabs ? await tabsToSend(survey.otherTabIds, target) : [];
  const landing = request.sendTabs ? { ...survey, plan: { ...survey.plan, otherTabs: 'reload' as const } } : survey;
  const parts = await partsToSave(target, survey, tabs);
  let left: Awaited<ReturnType<typeof clearAndVerify>>;
  try {
    await stopSitePages(landing);
    left = await clearAndVerify(landing, NO_CLOCK);
  } catch (error) {
    await restartOtherTabs(landing);
    throw error;
  }
  if (request.sendTabs) await Promise.all(tabs.map((tab) => land(tab.id, tab.loginUrl)));
  else await restartOtherTabs(survey);
  return {
    outcome: {
      site: survey.plan.site,
      relatedSites: survey.plan.relatedSites,
      cookies: survey.plan.cookies.length,
      left,
      tabsSent: tabs.length,
    },
    parts,
  };
}

async function tablessTarget({ host, storeId, spare = [], origins = [] }: SiteLogoutRequest): Promise<Target> {
  const url = `https://${host}/`;
  const scope = siteOfUrl(url);
  if (scope.kind === 'none') throw new Error(scope.reason);
  const { settings } = await currentSettings();
  const choices = withoutSpared(choicesFor(settings, host), spare);
  return { tabId: NO_TAB, url, scope, choices, storeId, ...(origins.length ? { knownOrigins: [...origins] } : {}) };
}

function withoutSpared(choices: LogoutChoices, spare: readonly string[]): LogoutChoices {
  const related = choices.rule?.relatedSites;
  if (!choices.rule || !related || spare.length === 0) return choices;
  const kept = related.filter((site) => !spare.some((spared) => hostIsInSite(site, spared)));
  return { ...choices, rule: { ...choices.rule, relatedSites: kept } };
}

interface TabToSend {
  id: number;
  url: string;
  loginUrl: string;
}

/** The site's open tabs, each with the login page it goes to (a rule's, or its own origin's root). */
async function tabsToSend(tabIds: readonly number[], target: Target): Promise<TabToSend[]> {
  const tabs = await Promise.all(tabIds.map(async (id) => ({ id, url: (await readTab(id))?.url })));
  return tabs.flatMap(({ id, url }) => (url ? [{ id, url, loginUrl: redirectTarget(url, target.choices.rule) }] : []));
}

/**
 * What Undo needs: the sites' cookies, with no tab; and each tab sent to the
 * login page, with its own storage, to be sent back.
 */
async function partsToSave(target: Target, survey: Survey, tabs: readonly TabToSend[]): Promise<SitePart[]> {
  const none = { localStorage: {}, sessionStorage: {} };
  const cookies = snapshotOf(target, survey.plan.cookies, none, '');
  const tabParts = await Promise.all(
    tabs.map(async (tab): Promise<SitePart> => {
      const storage = target.choices.clear.localStorage
        ? await readTabStorage(tab.id).catch(() => undefined)
        : undefined;
      const origin = new URL(tab.url).origin;
      const own = storage?.origin === origin ? storage : undefined;
      return {
        ...cookies,
        cookiesCleared: false,
        cookies: [],
        tabId: tab.id,
        pageUrl: tab.url,
        landingUrl: tab.loginUrl,
        origin,
        localStorage: own?.localStorage ?? {},
        sessionStorage: own?.sessionStorage ?? {},
      };
    }),
  );
  const { id: _id, expiresAt: _expiry, ...cookiePart } = cookies;
  return [{ ...cookiePart, ...(survey.spare?.length ? { spare: [...survey.spare] } : {}) }, ...tabParts];
}

/**
 * The survey without what belongs to kept sites: their cookies (the site's
 * cookies kept in a kept site's partition, a kept site's kept in the site's),
 * and the site's frames inside kept sites' tabs, whose storage is partitioned
 * under the kept site. browsingData would clear the site's cookies in every
 * partition, so with any spared, all of them go one by one.
 */
function sparing(survey: Survey, spare: readonly string[]): Survey {
  if (spare.length === 0) return survey;
  const { plan } = survey;
  const cookies = plan.cookies.filter((cookie) => !belongsToKeptSite(cookie, spare));
  const spared = cookies.length < plan.cookies.length;
  const inKept = (partition?: string) => partition !== undefined && spare.some((site) => hostIsInSite(partition, site));
  return {
    ...survey,
    plan: spared ? { ...plan, cookies, cookiesByName: cookies, byOrigin: { ...plan.byOrigin, cookies: false } } : plan,
    siteFrames: survey.siteFrames.filter((frame) => !inKept(frame.partition)),
    spare,
  };
}
