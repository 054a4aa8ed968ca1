import * as v from 'valibot';
import { hostIsInSite, httpUrlOf, siteOfUrl } from '../site';

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
  /** The cookie store the logout clears (a private window's own, say). */
  storeId: v.optional(v.string()),
  startedAt: v.number(),
  phase: v.picklist(['serverLogout', 'clearing', 'landing']),
});
export type LogoutJournal = v.InferOutput<typeof LogoutJournalSchema>;

/** A logout older than this is not resumed: the user has long moved on. */
export const RESUME_WITHIN_MS = 5 * 60_000;

export function isResumable(journal: LogoutJournal, now: number): boolean {
  return now - journal.startedAt < RESUME_WITHIN_MS;
}

/**
 * Whether a resumed logout may still act on the tab: it shows the site (or a
 * related site), the site's logout page, or the login page. A tab the user
 * has since taken elsewhere is left where it is.
 */
export function tabStillOnLogout(
  tabUrl: string | undefined,
  journal: LogoutJournal,
  sites: readonly string[],
): boolean {
  const url = tabUrl ? httpUrlOf(tabUrl) : undefined;
  if (!url) return false;
  const landing = siteOfUrl(journal.redirectUrl);
  const allowed = [...sites, ...(landing.kind === 'web' ? [landing.site] : [])];
  return allowed.some((site) => hostIsInSite(url.hostname, site));
}
