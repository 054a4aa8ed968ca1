import * as v from 'valibot';
import { type CookieRecord, cookieKey, cookieUrl } from './cookies';

/** How long Undo is offered after a logout ends. */
export const UNDO_SECONDS = 10;

const SameSiteSchema = v.picklist(['no_restriction', 'lax', 'strict', 'unspecified']);
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
  sameSite: SameSiteSchema,
  session: v.boolean(),
  expirationDate: v.optional(v.number()),
  storeId: v.optional(v.string()),
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
  /** The tab's origin, whose localStorage and sessionStorage are saved. */
  origin: v.string(),
  storeId: v.optional(v.string()),
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
  expiresAt: number;
  serverSessionEnded: boolean;
}

export function offerOf(snapshot: SessionSnapshot | undefined, now: number): UndoOffer | undefined {
  if (!snapshot || snapshot.expiresAt <= now) return undefined;
  const { id, site, expiresAt, serverSessionEnded } = snapshot;
  return { id, site, expiresAt, serverSessionEnded };
}

export function isEmptySnapshot(snapshot: SessionSnapshot): boolean {
  return (
    snapshot.cookies.length === 0 &&
    Object.keys(snapshot.localStorage).length === 0 &&
    Object.keys(snapshot.sessionStorage).length === 0
  );
}

/**
 * The snapshot Undo offers once a logout ends, for the next UNDO_SECONDS. A
 * logout that found nothing, or a repeat on the same site (the shortcut
 * pressed again on the login page), keeps the earlier snapshot: that one
 * holds the session the user may want back.
 */
export function snapshotToKeep(
  previous: SessionSnapshot | undefined,
  next: SessionSnapshot,
  now: number,
): SessionSnapshot | undefined {
  const expiresAt = now + UNDO_SECONDS * 1000;
  const live = previous && previous.expiresAt > now ? previous : undefined;
  if (live && (isEmptySnapshot(next) || live.site === next.site)) {
    return { ...live, expiresAt, serverSessionEnded: live.serverSessionEnded || next.serverSessionEnded };
  }
  return isEmptySnapshot(next) ? undefined : { ...next, expiresAt };
}

/** The fields of a browser cookie that Undo keeps, and nothing else. */
export function savedCookieOf(cookie: SavedCookie): SavedCookie {
  const { name, value, domain, path, secure, hostOnly, httpOnly, sameSite, session } = cookie;
  return {
    name,
    value,
    domain,
    path,
    secure,
    hostOnly,
    httpOnly,
    sameSite,
    session,
    ...(cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
  };
}

/** The details `cookies.set` needs to put a cookie back exactly as it was. */
export function cookieToSet(cookie: SavedCookie) {
  return {
    url: cookieUrl(cookie),
    name: cookie.name,
    value: cookie.value,
    path: cookie.path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    // A host-only cookie is set without a domain; given one, the browser would widen it to subdomains.
    ...(cookie.hostOnly ? {} : { domain: cookie.domain }),
    ...(cookie.session || cookie.expirationDate === undefined ? {} : { expirationDate: cookie.expirationDate }),
    ...(cookie.storeId ? { storeId: cookie.storeId } : {}),
    ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
  };
}

/** Cookies there now that were not there before the logout (the login page's own): Undo removes them. */
export function cookiesAddedSince<C extends CookieRecord>(current: readonly C[], snapshot: SessionSnapshot): C[] {
  const saved = new Set(snapshot.cookies.map(cookieKey));
  return current.filter((cookie) => !saved.has(cookieKey(cookie)));
}

/** Saved cookies that have not expired by `now` (seconds since the epoch, as cookies count). */
export function cookiesStillValid(snapshot: SessionSnapshot, nowSeconds: number): SavedCookie[] {
  return snapshot.cookies.filter(
    (cookie) => cookie.session || cookie.expirationDate === undefined || cookie.expirationDate > nowSeconds,
  );
}

export type StorageOutcome = 'restored' | 'none' | 'failed';

/** What Undo put back. */
export interface UndoReport {
  site: string;
  cookiesRestored: number;
  /** Cookies the browser would not set again (by name and host). */
  cookiesRefused: string[];
  /** The tab's localStorage and sessionStorage: put back, there was none, or no page could take it. */
  storage: StorageOutcome;
  pageUrl: string;
  /** The tab had closed, so the page opened in a new one. */
  reopened: boolean;
}
