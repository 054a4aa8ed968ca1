import * as v from 'valibot';

/**
 * Where a running logout has got to, kept in memory-only session storage so
 * that a service worker the browser stopped halfway can finish it when it
 * starts again.
 */
export const LogoutJournalSchema = v.object({
  tabId: v.number(),
  /** The page the tab was on when the logout began. */
  pageUrl: v.string(),
  redirectUrl: v.string(),
  startedAt: v.number(),
  phase: v.picklist(['clearing', 'landing']),
});
export type LogoutJournal = v.InferOutput<typeof LogoutJournalSchema>;

/** A logout older than this is not resumed: the user has long moved on. */
export const RESUME_WITHIN_MS = 5 * 60_000;

export function isResumable(journal: LogoutJournal, now: number): boolean {
  return now - journal.startedAt < RESUME_WITHIN_MS;
}
