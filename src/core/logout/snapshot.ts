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

/** What Undo puts back of one site: the cookies a logout removes, the tab's own storage, and its page. */
const SitePartSchema = v.object({
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
  /** Kept sites (Log out of all sites), whose cookies the logout left, and Undo leaves too. */
  spare: v.optional(v.array(v.string())),
});
export type SitePart = v.InferOutput<typeof SitePartSchema>;

/** A logout with no tab of its own (automatic, or of all sites) saves its cookies under this tab id. */
export const NO_TAB = -1;

/** What Undo puts back: one site's part, and for a logout of several sites at once, the others' parts. */
export const SessionSnapshotSchema = v.object({
  ...SitePartSchema.entries,
  id: v.string(),
  /** When Undo stops being offered (ms since the epoch). */
  expiresAt: v.number(),
  more: v.optional(v.array(SitePartSchema)),
});
export type SessionSnapshot = v.InferOutput<typeof SessionSnapshotSchema>;

/** Every part of a snapshot: its own, then the others'. */
export function partsOf(snapshot: SessionSnapshot): SitePart[] {
  return [snapshot, ...(snapshot.more ?? [])];
}

/**
 * One snapshot of several parts; undefined when none holds anything to put
 * back. A part with no data but a tab stays: Undo sends its tab back.
 */
export function snapshotOfParts(parts: readonly SitePart[], id: string): SessionSnapshot | undefined {
  if (parts.every(isEmptyPart)) return undefined;
  const [first, ...more] = parts.filter((part) => !isEmptyPart(part) || part.tabId !== NO_TAB);
  if (!first) return undefined;
  return { ...first, id, expiresAt: 0, ...(more.length ? { more } : {}) };
}

function sitesOfParts(snapshot: SessionSnapshot): string[] {
  return [...new Set(partsOf(snapshot).map((part) => part.site))];
}

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
  const { id, site, expiresAt } = snapshot;
  const sites = sitesOfParts(snapshot);
  const serverSessionEnded = partsOf(snapshot).some((part) => part.serverSessionEnded);
  return { id, site, expiresAt, serverSessionEnded, ...(sites.length > 1 ? { sites } : {}) };
}

function isEmptyPart(part: SitePart): boolean {
  return (
    part.cookies.length === 0 &&
    Object.keys(part.localStorage).length === 0 &&
    Object.keys(part.sessionStorage).length === 0
  );
}

function isEmptySnapshot(snapshot: SessionSnapshot): boolean {
  return partsOf(snapshot).every(isEmptyPart);
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
  const single = live && !live.more && !next.more;
  if (live && single && live.site === next.site && samePage(next.pageUrl, live.landingUrl)) {
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
