import { cookiesOfSites } from '../../core/logout/cookies';
import {
  cookiesAddedSince,
  cookiesStillValid,
  offerOf,
  type SessionSnapshot,
  savedCookieOf,
  snapshotToKeep,
  type UndoOffer,
  type UndoReport,
} from '../../core/logout/snapshot';
import { stripUndoButtons } from '../../platform/feedback-ui';
import { readTabStorage } from '../../platform/page-scripts';
import { dropSnapshot, readSnapshot, writeSnapshot } from '../../platform/session-store';
import { type BrowserCookie, removeCookies, restoreCookies } from '../../platform/site-data';
import { readCookiesOfSites, sitesOfTarget } from './survey';
import type { Target } from './target';
import { returnTab } from './undo-tab';

/** The tab's own localStorage and sessionStorage, when the rule clears them (else Undo has none to put back). */
export async function readOwnStorage(
  target: Target,
): Promise<Pick<SessionSnapshot, 'localStorage' | 'sessionStorage'>> {
  const storage = target.choices.clear.localStorage ? await readTabStorage(target.tabId) : undefined;
  const own = storage?.origin === target.scope.origin ? storage : undefined;
  return { localStorage: own?.localStorage ?? {}, sessionStorage: own?.sessionStorage ?? {} };
}

/** What Undo would put back: the cookies the logout removes, and the tab's own storage. */
export function snapshotOf(
  target: Target,
  cookies: readonly BrowserCookie[],
  storage: Pick<SessionSnapshot, 'localStorage' | 'sessionStorage'>,
): SessionSnapshot {
  const sites = sitesOfTarget(target);
  return {
    id: crypto.randomUUID(),
    site: target.scope.site,
    relatedSites: sites.slice(1),
    tabId: target.tabId,
    pageUrl: target.url,
    origin: target.scope.origin,
    ...(target.storeId ? { storeId: target.storeId } : {}),
    cookies: target.choices.clear.cookies ? cookiesOfSites(cookies, sites).map(savedCookieOf) : [],
    ...storage,
    serverSessionEnded: target.choices.rule?.logoutUrl !== undefined,
    expiresAt: 0,
  };
}

/** Saves what Undo would put back before a site's logout page changes it. */
export async function saveSession(target: Target): Promise<SessionSnapshot> {
  const [cookies, storage] = await Promise.all([
    readCookiesOfSites(sitesOfTarget(target), target.storeId),
    readOwnStorage(target),
  ]);
  return snapshotOf(target, cookies, storage);
}

let expiryTimer: ReturnType<typeof setTimeout> | undefined;

/** Offers Undo for this logout, or keeps offering the earlier one (see snapshotToKeep). */
export async function offerUndo(saved: SessionSnapshot): Promise<{ offer?: UndoOffer; note?: string }> {
  const previous = await readSnapshot();
  const kept = snapshotToKeep(previous, saved, Date.now());
  if (!kept) return {};
  if (kept.id !== previous?.id) await stripUndoButtons();
  if (!(await writeSnapshot(kept))) {
    await dropSnapshot();
    return { note: 'Undo is not available for this logout: the page stores more than SignOff can hold in memory.' };
  }
  clearTimeout(expiryTimer);
  expiryTimer = setTimeout(() => void expireUndo(kept.id), kept.expiresAt - Date.now());
  const offer = offerOf(kept, Date.now());
  return offer ? { offer } : {};
}

export async function currentUndoOffer(): Promise<UndoOffer | undefined> {
  const snapshot = await readSnapshot();
  if (snapshot && !offerOf(snapshot, Date.now())) await expireUndo(snapshot.id);
  return offerOf(snapshot, Date.now());
}

async function expireUndo(id: string): Promise<void> {
  await dropSnapshot(id);
  if (!(await readSnapshot())) await stripUndoButtons();
}

export const TOO_LATE = 'Too late to undo: SignOff offers Undo for 10 seconds after a logout.';

/** Puts the site's cookies, the tab's storage and its page back as they were before the logout. */
export async function undoLogout(id: string): Promise<UndoReport> {
  const snapshot = await readSnapshot();
  if (!snapshot || snapshot.id !== id || !offerOf(snapshot, Date.now())) throw new Error(TOO_LATE);
  await dropSnapshot(id);
  await stripUndoButtons();
  const sites = [snapshot.site, ...snapshot.relatedSites];
  const current = await readCookiesOfSites(sites, snapshot.storeId);
  const ofSites = cookiesOfSites(current, sites);
  await removeCookies(cookiesAddedSince(ofSites, snapshot));
  const valid = cookiesStillValid(snapshot, Date.now() / 1000);
  const refused = await restoreCookies(valid);
  const tab = await returnTab(snapshot);
  return {
    site: snapshot.site,
    cookiesRestored: valid.length - refused.length,
    cookiesRefused: refused.map((cookie) => `${cookie.name} (${cookie.domain})`),
    storage: tab.storage,
    pageUrl: snapshot.pageUrl,
    reopened: tab.reopened,
  };
}
