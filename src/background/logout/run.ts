import type { LogoutJournal } from '../../core/logout/journal';
import { type LogoutReport, reportOf } from '../../core/logout/report';
import { redirectTarget } from '../../core/redirect';
import { freezeTabs } from '../../platform/page-scripts';
import { readTab } from '../../platform/tabs';
import { clearAndVerify, restartOtherTabs, stopSitePages } from './clearing';
import { beginJournal, endJournal, journalLanding } from './journal';
import { land, visitLogoutPage } from './landing';
import { type Survey, surveySite } from './survey';
import { type Target, targetAt, targetOf } from './target';
import { offerUndo, readOwnStorage, saveSession, snapshotOf } from './undo';

export interface LogoutOptions {
  /** The site the caller showed the user; a tab that has moved to another site is refused. */
  expectedSite?: string;
  /** Called once the tab's site is known and the logout begins. */
  onStart?: (site: string) => Promise<void>;
}

/**
 * A logout, top-down: let the server end its session, stop the site's pages,
 * save what Undo needs, clear, check and clear again, then land on the login
 * page. A journal in memory lets a restarted service worker finish it.
 */
export async function runLogout(tabId: number, { expectedSite, onStart }: LogoutOptions): Promise<LogoutReport> {
  const target = await targetOf(tabId, expectedSite);
  await onStart?.(target.scope.site);
  const redirectUrl = redirectTarget(target.url, target.choices.rule);
  const journal = await beginJournal(tabId, target.url, redirectUrl);
  try {
    const logoutUrl = target.choices.rule?.logoutUrl;
    // Undo saves the session as it was before the site's own logout page changed it.
    const early = logoutUrl ? await saveSession(target) : undefined;
    const notes = logoutUrl ? await visitLogoutPage(tabId, logoutUrl) : [];
    const [survey, storage] = await Promise.all([stopSite(target), early ? undefined : readOwnStorage(target)]);
    const snapshot =
      early ?? snapshotOf(target, survey.plan.cookies, storage ?? { localStorage: {}, sessionStorage: {} });
    const left = await clearSite(survey);
    await journalLanding(journal);
    const landing = await land(tabId, redirectUrl);
    const undo = await offerUndo(snapshot);
    const report = reportOf(survey.plan, {
      ...doneOf(survey),
      left,
      landing,
      notes: [...notes, ...(undo.note ? [undo.note] : [])],
    });
    return { ...report, ...(undo.offer ? { undo: undo.offer } : {}) };
  } finally {
    await endJournal(tabId);
  }
}

/** What the browser shows of the site, with its pages stopped from writing their session back. */
async function stopSite(target: Target): Promise<Survey> {
  const [survey] = await Promise.all([surveySite(target), freezeTabs([target.tabId])]);
  await stopSitePages(survey);
  return survey;
}

async function clearSite(survey: Survey) {
  const left = await clearAndVerify(survey);
  await restartOtherTabs(survey);
  return left;
}

function doneOf(survey: Survey) {
  return {
    partitionedFrames: survey.siteFrames.filter((frame) => frame.partition).length,
    otherTabCount: survey.otherTabIds.length,
  };
}

export const INTERRUPTED_NOTE =
  'The browser stopped SignOff halfway through this logout; SignOff finished it when it started again. Undo is not available for it.';

/** Finishes a logout that a stopped service worker left halfway, from its journal. */
export async function resumeLogout(journal: LogoutJournal): Promise<LogoutReport> {
  try {
    const target = await targetAt(journal.tabId, journal.pageUrl);
    const survey = journal.phase === 'clearing' ? await stopSite(target) : undefined;
    const left = survey ? await clearSite(survey) : [];
    await journalLanding(journal);
    const tab = await readTab(journal.tabId);
    const landing =
      tab?.url === journal.redirectUrl
        ? { outcome: 'reached' as const, url: journal.redirectUrl }
        : await land(journal.tabId, journal.redirectUrl);
    const done = { left, landing, notes: [INTERRUPTED_NOTE] };
    if (survey) return reportOf(survey.plan, { ...done, ...doneOf(survey) });
    const { site } = target.scope;
    return { site, relatedSites: [], ...done, otherTabs: { action: target.choices.otherTabs, count: 0 } };
  } finally {
    await endJournal(journal.tabId);
  }
}
