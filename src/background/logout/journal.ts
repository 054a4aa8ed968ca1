import type { LogoutJournal } from '../../core/logout/journal';
import { dropJournal, writeJournal } from '../../platform/session-store';
import { armWatchdog, disarmWatchdog } from '../../platform/watchdog';
import type { Target } from './target';

/** Notes that a logout has begun, before anything is changed. */
export async function beginJournal(target: Target, redirectUrl: string): Promise<LogoutJournal> {
  const journal: LogoutJournal = {
    tabId: target.tabId,
    pageUrl: target.url,
    redirectUrl,
    ...(target.storeId ? { storeId: target.storeId } : {}),
    startedAt: Date.now(),
    phase: target.choices.rule?.logoutUrl ? 'serverLogout' : 'clearing',
  };
  await Promise.all([writeJournal(journal), armWatchdog()]);
  return journal;
}

/** Notes how far the logout has got: a logout resumed from there goes on from there. */
export async function journalPhase(journal: LogoutJournal, phase: LogoutJournal['phase']): Promise<void> {
  await writeJournal({ ...journal, phase });
}

/**
 * Notes that the logout has ended. Logouts run one at a time, so no other is
 * under way to need the watchdog: the next one arms it again.
 */
export async function endJournal(tabId: number): Promise<void> {
  await Promise.all([dropJournal(tabId), disarmWatchdog()]);
}
