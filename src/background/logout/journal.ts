import type { LogoutJournal } from '../../core/logout/journal';
import { dropJournal, readJournals, writeJournal } from '../../platform/session-store';
import { armWatchdog, disarmWatchdog } from '../../platform/watchdog';

/** Notes that a logout has begun, before anything is cleared. */
export async function beginJournal(tabId: number, pageUrl: string, redirectUrl: string): Promise<LogoutJournal> {
  const journal: LogoutJournal = { tabId, pageUrl, redirectUrl, startedAt: Date.now(), phase: 'clearing' };
  await Promise.all([writeJournal(journal), armWatchdog()]);
  return journal;
}

/** Notes that clearing is done: a logout resumed from here only needs to land. */
export async function journalLanding(journal: LogoutJournal): Promise<void> {
  await writeJournal({ ...journal, phase: 'landing' });
}

export async function endJournal(tabId: number): Promise<void> {
  await dropJournal(tabId);
  if ((await readJournals()).length === 0) await disarmWatchdog();
}
