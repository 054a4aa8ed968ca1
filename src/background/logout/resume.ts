import { type LogoutJournal, tabStillOnLogout } from '../../core/logout/journal';
import type { Landing, LogoutReport } from '../../core/logout/report';
import { siteOfUrl } from '../../core/site';
import { readTab } from '../../platform/tabs';
import { armWatchdog } from '../../platform/watchdog';
import { endJournal, journalPhase } from './journal';
import { land } from './landing';
import { NO_CLOCK } from './phases';
import { clearAndLand, reportFor } from './run';
import { sitesOfTarget, surveySite } from './survey';
import { type Target, targetAt } from './target';

export const INTERRUPTED_NOTE =
  'The browser stopped SignOff halfway through this logout; SignOff finished it when it started again. Undo is not available for it.';
const SERVER_LOGOUT_NOTE =
  "The site's logout page may not have finished loading before the interruption, so its server may still know the session.";

/**
 * Finishes a logout that a stopped service worker left halfway, from its
 * journal: clears again (nothing is lost by clearing twice) unless it had got
 * as far as landing, and lands the tab if it is still on the site.
 */
export async function resumeLogout(journal: LogoutJournal): Promise<LogoutReport> {
  await armWatchdog();
  try {
    const target = await targetAt(journal.tabId, journal.pageUrl, journal.storeId ? { storeId: journal.storeId } : {});
    const notes = [INTERRUPTED_NOTE, ...(journal.phase === 'serverLogout' ? [SERVER_LOGOUT_NOTE] : [])];
    const tabUrl = (await readTab(journal.tabId))?.url;
    const stillThere = tabStillOnLogout(tabUrl, journal, logoutSites(target));
    if (journal.phase === 'landing') {
      const { site } = target.scope;
      return {
        site,
        relatedSites: sitesOfTarget(target).slice(1),
        left: [],
        otherTabs: { action: target.choices.otherTabs, count: 0 },
        // The landing may have happened before the worker stopped.
        landing:
          tabUrl === journal.redirectUrl ? { outcome: 'reached', url: tabUrl } : await landIf(stillThere, journal),
        notes,
      };
    }
    // A tab that has moved on shows none of the site, so none of it is frozen or reloaded.
    const survey = await surveySite(target);
    const { left, landing } = await clearAndLand(survey, NO_CLOCK, async () => {
      await journalPhase(journal, 'landing');
      return landIf(stillThere, journal);
    });
    return reportFor(survey, { left, landing, notes });
  } finally {
    await endJournal(journal.tabId);
  }
}

function landIf(stillThere: boolean, journal: LogoutJournal): Promise<Landing> {
  return stillThere
    ? land(journal.tabId, journal.redirectUrl)
    : Promise.resolve({ outcome: 'moved', url: journal.redirectUrl });
}

/** The sites a tab may show while its logout is under way: the site, its related sites, its logout page's. */
function logoutSites(target: Target): string[] {
  const logoutPage = target.choices.rule?.logoutUrl ? siteOfUrl(target.choices.rule.logoutUrl) : undefined;
  return [...sitesOfTarget(target), ...(logoutPage?.kind === 'web' ? [logoutPage.site] : [])];
}
