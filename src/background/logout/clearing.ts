import { belongsToKeptSite, partitionsToRecheck } from '../../core/logout/cookies';
import { sitesOf } from '../../core/logout/plan';
import { type FrameStorage, type Leftover, leftoversOf, storageOnSites } from '../../core/logout/report';
import { inspectFrames } from '../../platform/frame-check';
import { clearFrames, freezeFrames } from '../../platform/page-scripts';
import { type BrowserCookie, clearOrigins, removeCookies } from '../../platform/site-data';
import { closeTabs, openAddresses, reloadTabs } from '../../platform/tabs';
import type { PhaseClock } from './phases';
import { readCookiesOfSites, type Survey } from './survey';

/** What is still there of the sites: cookies, and storage in the frames a script can read. */
interface Check {
  cookies: BrowserCookie[];
  storage: FrameStorage[];
  left: Leftover[];
}

/**
 * Stops the sites' pages from writing their session back: the site's frames
 * in the tab being logged out and in the tabs to be reloaded are frozen until
 * they navigate or reload, the tabs to be closed are closed. Tabs the rule
 * leaves alone are left alone.
 */
export async function stopSitePages({ target, plan, otherTabIds, siteFrames }: Survey): Promise<void> {
  const frozenTabs = [target.tabId, ...(plan.otherTabs === 'reload' ? otherTabIds : [])];
  await Promise.all([
    plan.otherTabs === 'close' ? closeTabs(otherTabIds) : undefined,
    freezeFrames(
      siteFrames.filter((frame) => frozenTabs.includes(frame.tabId)),
      sitesOf(plan),
    ),
  ]);
}

/** Clears the sites, reads again what is left, clears that once more, and returns what still survives. */
export async function clearAndVerify(survey: Survey, clock: PhaseClock): Promise<Leftover[]> {
  await clearOnce(survey);
  clock.lap('clearing');
  const first = await check(survey);
  clock.lap('verification');
  if (first.left.length === 0) return [];
  await clearAgain(survey, first);
  clock.lap('clearing');
  const { left } = await check(survey);
  clock.lap('verification');
  return left;
}

/** The tabs to reload are reloaded (after clearing, or after a failure), so their pages start again. */
export async function restartOtherTabs({ plan, otherTabIds }: Survey): Promise<void> {
  if (plan.otherTabs === 'reload') await reloadTabs(otherTabIds);
}

async function clearOnce(survey: Survey): Promise<void> {
  const { plan, target } = survey;
  await Promise.all([
    clearOrigins(plan.storageOrigins, plan.byOrigin, target.storeId),
    // browsingData would widen cookies of a related host to its whole site: those go by name.
    clearOrigins(plan.relatedOrigins, { ...plan.byOrigin, cookies: false }, target.storeId),
    removeCookies(plan.cookiesByName),
    clearFramesOutOfReach(survey),
  ]);
}

async function clearAgain(survey: Survey, found: Check): Promise<void> {
  const origins = found.storage.filter((frame) => !frame.partition).map((frame) => frame.origin);
  await Promise.all([
    removeCookies(found.cookies),
    clearOrigins([...new Set(origins)], { ...survey.plan.byOrigin, cookies: false }, survey.target.storeId),
    clearFramesOutOfReach(survey),
  ]);
}

/**
 * What browsingData cannot reach, cleared by page scripts: every chosen kind of
 * storage in partitioned frames, and in the other frames the kinds the store
 * keeps from it (all of them in a private window).
 */
async function clearFramesOutOfReach({ plan, siteFrames }: Survey): Promise<void> {
  const sites = sitesOf(plan);
  await Promise.all([
    clearFrames(
      siteFrames.filter((frame) => frame.partition),
      sites,
      plan.clear,
    ),
    clearFrames(
      siteFrames.filter((frame) => !frame.partition),
      sites,
      plan.inPages,
    ),
  ]);
}

async function check(survey: Survey): Promise<Check> {
  const { plan, target } = survey;
  const sites = sitesOf(plan);
  const [found, seen] = await Promise.all([
    plan.clear.cookies ? readCookiesLeft(plan.cookies, sites, target.storeId) : [],
    inspectFrames(framesStillOpen(survey)),
  ]);
  const { spare = [] } = survey;
  const cookies = spare.length ? found.filter((cookie) => !belongsToKeptSite(cookie, spare)) : found;
  const storage = storageOnSites(seen, sites);
  return { cookies, storage, left: leftoversOf(cookies, storage, plan.clear) };
}

function framesStillOpen({ plan, otherTabIds, siteFrames }: Survey) {
  return plan.otherTabs === 'close' ? siteFrames.filter((frame) => !otherTabIds.includes(frame.tabId)) : siteFrames;
}

/**
 * The sites' cookies still there, read in the partitions that can hold them now: those the survey found
 * cookies in, and those under a page of the sites open or opening in any tab now.
 */
async function readCookiesLeft(found: readonly BrowserCookie[], sites: readonly string[], storeId: string) {
  const partitions = partitionsToRecheck(found, sites, await openAddresses());
  return readCookiesOfSites(sites, storeId, partitions);
}
