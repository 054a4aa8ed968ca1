import { t } from '../../core/i18n';
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

/**
 * Finishes a logout that a stopped service worker left halfway, from its
 * journal: clears again (nothing is lost by clearing twice) unless it had got
 * as far as landing, and lands the tab if it is still on the site.
 */
export async function resumeLogout(journal: LogoutJournal): Promise<LogoutReport> {
  await armWatchdog();
  try {
    const target = await targetAt(journal.tabId, journal.pageUrl, journal.storeId ? { storeId: journal.storeId } : {});
    const notes = [t('noteInterrupted'), ...(journal.phase === 'serverLogout' ? [t('noteServerMayKnowSession')] : [])];
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
