import { cookiesOfSite } from '../../core/logout/cookies';
import { sitesOf } from '../../core/logout/plan';
import { type FrameStorage, type Leftover, leftoversOf } from '../../core/logout/report';
import { clearFrames, freezeTabs, inspectFrames } from '../../platform/page-scripts';
import { type BrowserCookie, clearOrigins, removeCookies } from '../../platform/site-data';
import { closeTabs, reloadTabs } from '../../platform/tabs';
import { readCookiesOf, type Survey } from './survey';

/** What is still there of the sites: cookies, and storage in the frames a script can read. */
interface Check {
  cookies: BrowserCookie[];
  storage: FrameStorage[];
  left: Leftover[];
}

/**
 * Stops the sites' pages from writing their session back: the tab's own page
 * and the tabs to be reloaded are frozen until they navigate or reload, the
 * tabs to be closed are closed. Tabs the rule leaves alone are left alone.
 */
export async function stopSitePages({ plan, otherTabIds }: Survey): Promise<void> {
  if (plan.otherTabs === 'close') await closeTabs(otherTabIds);
  if (plan.otherTabs === 'reload') await freezeTabs(otherTabIds);
}

/** Clears the sites, reads again what is left, clears that once more, and returns what still survives. */
export async function clearAndVerify(survey: Survey): Promise<Leftover[]> {
  await clearOnce(survey);
  const first = await check(survey);
  if (first.left.length === 0) return [];
  await clearAgain(survey, first);
  return (await check(survey)).left;
}

/** After clearing: the tabs to reload are reloaded, so their pages start again without the session. */
export async function restartOtherTabs({ plan, otherTabIds }: Survey): Promise<void> {
  if (plan.otherTabs === 'reload') await reloadTabs(otherTabIds);
}

async function clearOnce({ plan, siteFrames }: Survey): Promise<void> {
  await Promise.all([
    clearOrigins(plan.storageOrigins, plan.clear),
    // browsingData would widen cookies of a related host to its whole site: those go by name.
    clearOrigins(plan.relatedOrigins, { ...plan.clear, cookies: false }),
    removeCookies(plan.cookiesByName),
    clearFrames(
      siteFrames.filter((frame) => frame.partition),
      plan.clear,
    ),
  ]);
}

async function clearAgain({ plan, siteFrames }: Survey, found: Check): Promise<void> {
  const origins = [...new Set(found.storage.filter((frame) => !frame.partition).map((frame) => frame.origin))];
  await Promise.all([
    removeCookies(found.cookies),
    clearOrigins(origins, { ...plan.clear, cookies: false }),
    clearFrames(
      siteFrames.filter((frame) => frame.partition),
      plan.clear,
    ),
  ]);
}

async function check(survey: Survey): Promise<Check> {
  const { plan, target } = survey;
  const sites = sitesOf(plan);
  const [cookieLists, storage] = await Promise.all([
    plan.clear.cookies
      ? Promise.all(sites.map(async (site) => cookiesOfSite(await readCookiesOf(site, target.storeId), site)))
      : [],
    inspectFrames(framesStillOpen(survey)),
  ]);
  const cookies = cookieLists.flat();
  return { cookies, storage, left: leftoversOf(cookies, storage, plan.clear) };
}

function framesStillOpen({ plan, otherTabIds, siteFrames }: Survey) {
  return plan.otherTabs === 'close' ? siteFrames.filter((frame) => !otherTabIds.includes(frame.tabId)) : siteFrames;
}
