import * as v from 'valibot';

/** How long Undo is offered after a logout ends. */
export const UNDO_SECONDS = 10;

const Entries = v.record(v.string(), v.string());

/** A cookie with every field that Undo puts back. */
export const SavedCookieSchema = v.object({
  name: v.string(),
  value: v.string(),
  domain: v.string(),
  path: v.string(),
  secure: v.boolean(),
  hostOnly: v.boolean(),
  httpOnly: v.boolean(),
  sameSite: v.picklist(['no_restriction', 'lax', 'strict', 'unspecified']),
  session: v.boolean(),
  expirationDate: v.optional(v.number()),
  storeId: v.optional(v.string()),
  firstPartyDomain: v.optional(v.string()),
  partitionKey: v.optional(
    v.object({ topLevelSite: v.optional(v.string()), hasCrossSiteAncestor: v.optional(v.boolean()) }),
  ),
});
export type SavedCookie = v.InferOutput<typeof SavedCookieSchema>;
export type StorageEntries = v.InferOutput<typeof Entries>;

/** What Undo puts back: the cookies a logout removes, the tab's own storage, and its page. */
export const SessionSnapshotSchema = v.object({
  id: v.string(),
  site: v.string(),
  relatedSites: v.array(v.string()),
  tabId: v.number(),
  pageUrl: v.string(),
  /** Where the logout sent the tab. */
  landingUrl: v.string(),
  /** The tab's origin, whose localStorage and sessionStorage are saved. */
  origin: v.string(),
  storeId: v.optional(v.string()),
  /** The rule cleared cookies; when it kept them, Undo leaves the site's cookies as they are. */
  cookiesCleared: v.boolean(),
  cookies: v.array(SavedCookieSchema),
  localStorage: Entries,
  sessionStorage: Entries,
  /** The rule sent the tab to the site's logout URL first: the server has ended that session for good. */
  serverSessionEnded: v.boolean(),
  /** When Undo stops being offered (ms since the epoch). */
  expiresAt: v.number(),
});
export type SessionSnapshot = v.InferOutput<typeof SessionSnapshotSchema>;

/** What the popup and the notification show of a snapshot. */
export interface UndoOffer {
  id: string;
  site: string;
  /** Every site a logout of several at once logged out (`site` is the first); absent for one. */
  sites?: string[];
  expiresAt: number;
  serverSessionEnded: boolean;
}

export function offerOf(snapshot: SessionSnapshot | undefined, now: number): UndoOffer | undefined {
  if (!snapshot || snapshot.expiresAt <= now) return undefined;
  const { id, site, expiresAt, serverSessionEnded } = snapshot;
  return { id, site, expiresAt, serverSessionEnded };
}

function isEmptySnapshot(snapshot: SessionSnapshot): boolean {
  return (
    snapshot.cookies.length === 0 &&
    Object.keys(snapshot.localStorage).length === 0 &&
    Object.keys(snapshot.sessionStorage).length === 0
  );
}

/**
 * The snapshot Undo offers once a logout ends. A logout that found nothing
 * keeps the earlier snapshot as it is, expiry included. So does a repeat
 * started on the page the earlier logout landed on (the shortcut pressed
 * again on the login page), for another UNDO_SECONDS: the earlier snapshot
 * holds the session the user may want back. Any other logout replaces it.
 */
export function snapshotToKeep(
  previous: SessionSnapshot | undefined,
  next: SessionSnapshot,
  now: number,
): SessionSnapshot | undefined {
  const live = previous && previous.expiresAt > now ? previous : undefined;
  if (live && isEmptySnapshot(next)) return live;
  const expiresAt = now + UNDO_SECONDS * 1000;
  if (live && live.site === next.site && samePage(next.pageUrl, live.landingUrl)) {
    return { ...live, expiresAt, serverSessionEnded: live.serverSessionEnded || next.serverSessionEnded };
  }
  return isEmptySnapshot(next) ? undefined : { ...next, expiresAt };
}

/** The same page, whatever its query or fragment (a login page may add either). */
function samePage(a: string, b: string): boolean {
  const page = (address: string) => address.replace(/[?#].*$/, '');
  return page(a) === page(b);
}

export type StorageOutcome = 'restored' | 'none' | 'failed';

/** What Undo put back. */
export interface UndoReport {
  site: string;
  /** Every site put back, when Undo undid a logout of several at once. */
  sites?: string[];
  cookiesRestored: number;
  /** Cookies the browser would not set again (by name and host). */
  cookiesRefused: string[];
  /** The tab's localStorage and sessionStorage: put back, there was none, or no page could take it. */
  storage: StorageOutcome;
  pageUrl: string;
  /** The tab had closed, so the page opened in a new one. */
  reopened: boolean;
}
