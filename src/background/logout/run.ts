import { type Landing, type Leftover, type LogoutReport, reportOf } from '../../core/logout/report';
import { redirectTarget } from '../../core/redirect';
import { reloadTabs } from '../../platform/tabs';
import { clearAndVerify, restartOtherTabs, stopSitePages } from './clearing';
import { beginJournal, endJournal, journalPhase } from './journal';
import { land, visitLogoutPage } from './landing';
import { type PhaseClock, startPhaseClock } from './phases';
import { readOwnStorage, saveSession, snapshotOf } from './save-session';
import { type Survey, surveySite } from './survey';
import { targetOf } from './target';
import { offerUndo } from './undo';

export interface LogoutOptions {
  /** The site the caller showed the user; a tab that has moved to another site is refused. */
  expectedSite?: string;
  /** Called once the tab's site is known and the logout begins; the logout does not wait for it, its report does. */
  onStart?: (site: string) => Promise<void>;
}

/**
 * A logout, top-down: let the server end its session, stop the site's pages,
 * save what Undo needs, clear, check and clear again, then land on the login
 * page. A journal in memory lets a restarted service worker finish it.
 */
export async function runLogout(tabId: number, { expectedSite, onStart }: LogoutOptions): Promise<LogoutReport> {
  const clock = startPhaseClock();
  const target = await targetOf(tabId, expectedSite);
  // The logout does not wait for the running badge, which comes once its first reads are on their way: the
  // badge's calls, and in a fresh worker its first message, would hold the logout up.
  const started = Promise.resolve().then(() => onStart?.(target.scope.site));
  const redirectUrl = redirectTarget(target.url, target.choices.rule);
  // The journal is written while SignOff only reads, and is there before anything changes.
  const journaled = beginJournal(target, redirectUrl);
  try {
    const logoutUrl = target.choices.rule?.logoutUrl;
    // Undo saves the session as it was before the site's own logout page changed it.
    const [beforeServerLogout] = logoutUrl ? await Promise.all([saveSession(target, redirectUrl), journaled]) : [];
    const notes = logoutUrl ? await visitLogoutPage(tabId, logoutUrl) : [];
    if (logoutUrl) await journalPhase(await journaled, 'clearing');
    clock.lap('target');
    const [survey, storage, journal] = await Promise.all([
      surveySite(target),
      beforeServerLogout ?? readOwnStorage(target),
      journaled,
    ]);
    const snapshot = beforeServerLogout ?? snapshotOf(target, survey.plan.cookies, storage, redirectUrl);
    clock.lap('survey');
    const { left, landing } = await clearAndLand(survey, clock, async () => {
      await journalPhase(journal, 'landing');
      return land(tabId, redirectUrl);
    });
    clock.lap('landing');
    const undo = await offerUndo(snapshot);
    const report = {
      ...reportFor(survey, { left, landing, notes: [...notes, ...(undo.note ? [undo.note] : [])] }),
      timing: clock.timing(),
    };
    // Undo of another site's earlier logout is still on offer, but this report is not the place for it.
    return { ...report, ...(undo.offer?.site === report.site ? { undo: undo.offer } : {}) };
  } finally {
    // A failure may come before the journal is written: it is dropped only once it is there.
    await journaled.catch(() => {});
    await endJournal(tabId);
    // Whoever shows the outcome next (the badge) comes after the running state, failure included.
    await started.catch(() => {});
  }
}

/**
 * Stops the site's pages, clears, checks and clears again, then lands. The
 * site's other tabs are reloaded only once the login page has committed: 25
 * reloads at once made the landing wait for them (bench, 100 tabs). If
 * clearing fails, the frozen pages are reloaded, so that none is left stopped.
 */
export async function clearAndLand(
  survey: Survey,
  clock: PhaseClock,
  landThere: () => Promise<Landing>,
): Promise<{ left: Leftover[]; landing: Landing }> {
  try {
    await stopSitePages(survey);
    clock.lap('freeze');
    const left = await clearOrReload(survey, clock);
    return { left, landing: await landThere() };
  } finally {
    await restartOtherTabs(survey);
  }
}

async function clearOrReload(survey: Survey, clock: PhaseClock): Promise<Leftover[]> {
  try {
    return await clearAndVerify(survey, clock);
  } catch (error) {
    const frozen = survey.siteFrames.some((frame) => frame.tabId === survey.target.tabId);
    if (frozen) await reloadTabs([survey.target.tabId]);
    throw error;
  }
}

/** The report of a logout that cleared what `survey` found. */
export function reportFor(survey: Survey, done: Pick<LogoutReport, 'left' | 'landing' | 'notes'>): LogoutReport {
  return reportOf(survey.plan, {
    ...done,
    partitionedFrames: survey.siteFrames.filter((frame) => frame.partition).length,
    otherTabCount: survey.otherTabIds.length,
  });
}
