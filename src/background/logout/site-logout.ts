import type { SiteOutcome } from '../../core/logout/all-sites';
import { NO_TAB, type SitePart } from '../../core/logout/snapshot';
import { choicesSparing, planSparing } from '../../core/logout/spare';
import { redirectTarget } from '../../core/redirect';
import { choicesFor } from '../../core/settings';
import { siteOfUrl } from '../../core/site';
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
  const choices = choicesSparing(choicesFor(settings, host), spare);
  return { tabId: NO_TAB, url, scope, choices, storeId, ...(origins.length ? { knownOrigins: [...origins] } : {}) };
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

/** The survey without what belongs to kept sites (see planSparing); the check after clearing leaves them too. */
function sparing(survey: Survey, spare: readonly string[]): Survey {
  if (spare.length === 0) return survey;
  return { ...survey, ...planSparing(survey.plan, survey.siteFrames, spare), spare };
}
