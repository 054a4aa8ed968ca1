import { isResumable } from '../../core/logout/journal';
import type { LogoutReport } from '../../core/logout/report';
import { dropJournal, readJournal, readJournals } from '../../platform/session-store';
import { oneLogoutAtATime } from './queue';
import { resumeLogout } from './resume';
import { type LogoutOptions, runLogout } from './run';

const running = new Map<number, Promise<LogoutReport>>();

/** A second request for a tab whose logout is still running joins it; once it has ended, a request is a new logout. */
function joinOrStart(tabId: number, start: () => Promise<LogoutReport>): Promise<LogoutReport> {
  const current = running.get(tabId);
  if (current) return current;
  const logout = oneLogoutAtATime(start).finally(() => running.delete(tabId));
  running.set(tabId, logout);
  return logout;
}

/** Logs a tab out of its site. */
export function logOut(tabId: number, options: LogoutOptions = {}): Promise<LogoutReport> {
  return joinOrStart(tabId, () => runLogout(tabId, options));
}

let startupResume: Promise<void> = Promise.resolve();

/**
 * Finishes every logout that a stopped service worker left halfway. Called
 * when the worker starts; `report` tells the user about each one.
 */
export function resumeUnfinished(report: (tabId: number, logout: Promise<LogoutReport>) => void): Promise<void> {
  startupResume = readJournals().then(async (journals) => {
    for (const journal of journals) {
      if (running.has(journal.tabId)) continue;
      if (isResumable(journal, Date.now()))
        report(
          journal.tabId,
          joinOrStart(journal.tabId, () => resumeLogout(journal)),
        );
      else await dropJournal(journal.tabId);
    }
  });
  return startupResume;
}

/**
 * The logout of a tab whose caller lost its answer (the browser stopped the
 * service worker): the running or resumed logout, or undefined when there is
 * none left to finish.
 */
export async function finishLogout(tabId: number): Promise<LogoutReport | undefined> {
  await startupResume.catch(() => {});
  const current = running.get(tabId);
  if (current) return current;
  const journal = await readJournal(tabId);
  return journal && isResumable(journal, Date.now()) ? joinOrStart(tabId, () => resumeLogout(journal)) : undefined;
}
