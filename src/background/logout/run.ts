import type { CookieRecord } from '../../core/logout/cookies';
import type { LogoutJournal } from '../../core/logout/journal';
import { type Leftover, type LogoutReport, reportOf } from '../../core/logout/report';
import { redirectTarget } from '../../core/redirect';
import { freezeTabs } from '../../platform/page-scripts';
import { readTab } from '../../platform/tabs';
import { clearAndVerify, restartOtherTabs, stopSitePages } from './clearing';
import { beginJournal, endJournal, journalLanding } from './journal';
import { land, visitLogoutPage } from './landing';
import { type Survey, surveySite } from './survey';
import { type Target, targetAt, targetOf } from './target';
import { offerUndo, saveSession } from './undo';

export interface LogoutOptions {
  /** The site the caller showed the user; a tab that has moved to another site is refused. */
  expectedSite?: string;
  /** Called once the tab's site is known and the logout begins. */
  onStart?: (site: string) => Promise<void>;
}

/**
 * A logout, top-down: save what Undo needs, let the server end its session,
 * stop the site's pages, clear, check and clear again, then land on the login
 * page. A journal in memory lets a restarted service worker finish it.
 */
export async function runLogout(tabId: number, { expectedSite, onStart }: LogoutOptions): Promise<LogoutReport> {
  const target = await targetOf(tabId, expectedSite);
  await onStart?.(target.scope.site);
  const redirectUrl = redirectTarget(target.url, target.choices.rule);
  const [saved, journal] = await Promise.all([saveSession(target), beginJournal(tabId, target.url, redirectUrl)]);
  try {
    const logoutUrl = target.choices.rule?.logoutUrl;
    const notes = logoutUrl ? await visitLogoutPage(tabId, logoutUrl) : [];
    const { survey, left } = await clearSite(target, logoutUrl ? undefined : saved.cookies);
    await journalLanding(journal);
    const landing = await land(tabId, redirectUrl);
    const undo = await offerUndo(saved.snapshot);
    const report = reportOf(survey.plan, {
      partitionedFrames: survey.siteFrames.filter((frame) => frame.partition).length,
      left,
      otherTabCount: survey.otherTabIds.length,
      landing,
      notes: [...notes, ...(undo.note ? [undo.note] : [])],
    });
    return { ...report, ...(undo.offer ? { undo: undo.offer } : {}) };
  } finally {
    await endJournal(tabId);
  }
}

/** Survey, stop the site's pages, clear and verify: the heart of a logout. */
async function clearSite(
  target: Target,
  knownCookies?: readonly CookieRecord[],
): Promise<{ survey: Survey; left: Leftover[] }> {
  const [survey] = await Promise.all([surveySite(target, knownCookies), freezeTabs([target.tabId])]);
  await stopSitePages(survey);
  const left = await clearAndVerify(survey);
  await restartOtherTabs(survey);
  return { survey, left };
}

export const INTERRUPTED_NOTE =
  'The browser stopped SignOff halfway through this logout; SignOff finished it when it started again. Undo is not available for it.';

/** Finishes a logout that a stopped service worker left halfway, from its journal. */
export async function resumeLogout(journal: LogoutJournal): Promise<LogoutReport> {
  try {
    const target = await targetAt(journal.tabId, journal.pageUrl);
    const cleared = journal.phase === 'clearing' ? await clearSite(target) : undefined;
    await journalLanding(journal);
    const tab = await readTab(journal.tabId);
    const landing =
      tab?.url === journal.redirectUrl
        ? { outcome: 'reached' as const, url: journal.redirectUrl }
        : await land(journal.tabId, journal.redirectUrl);
    const done = { left: cleared?.left ?? [], landing, notes: [INTERRUPTED_NOTE] };
    if (cleared) {
      const partitionedFrames = cleared.survey.siteFrames.filter((frame) => frame.partition).length;
      return reportOf(cleared.survey.plan, {
        ...done,
        partitionedFrames,
        otherTabCount: cleared.survey.otherTabIds.length,
      });
    }
    const { site } = target.scope;
    return { site, relatedSites: [], ...done, otherTabs: { action: target.choices.otherTabs, count: 0 } };
  } finally {
    await endJournal(journal.tabId);
  }
}
