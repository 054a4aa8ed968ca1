import { t, tCount } from '../../core/i18n';
import {
  NO_TAB,
  offerOf,
  partsOf,
  type SessionSnapshot,
  type StorageOutcome,
  snapshotToKeep,
  UNDO_SECONDS,
  type UndoOffer,
  type UndoReport,
} from '../../core/logout/snapshot';
import { cookiesToUndoAll } from '../../core/logout/undo-cookies';
import { stripUndoButtons } from '../../platform/feedback-ui';
import { dropSnapshot, readSnapshot, writeSnapshot } from '../../platform/session-store';
import { removeCookies, restoreCookies } from '../../platform/site-data';
import { oneLogoutAtATime } from './queue';
import { readCookiesOfSites } from './survey';
import { returnTab } from './undo-tab';

let expiryTimer: ReturnType<typeof setTimeout> | undefined;

/** Offers Undo for this logout, or keeps offering the earlier one (see snapshotToKeep). */
export async function offerUndo(saved: SessionSnapshot): Promise<{ offer?: UndoOffer; note?: string }> {
  const previous = await readSnapshot();
  const kept = snapshotToKeep(previous, saved, Date.now());
  if (!kept) return {};
  if (kept !== previous && !(await writeSnapshot(kept))) {
    return { note: t('noteUndoTooLarge') };
  }
  if (kept.id !== previous?.id) await stripUndoButtons();
  clearTimeout(expiryTimer);
  expiryTimer = setTimeout(() => void expireUndo(kept.id), kept.expiresAt - Date.now());
  const offer = offerOf(kept, Date.now());
  return offer ? { offer } : {};
}

/** The Undo on offer now, if any; a snapshot past its time (its timer lost with a stopped worker) goes. */
export async function currentUndoOffer(): Promise<UndoOffer | undefined> {
  const snapshot = await readSnapshot();
  if (snapshot && !offerOf(snapshot, Date.now())) await expireUndo(snapshot.id);
  return offerOf(snapshot, Date.now());
}

async function expireUndo(id: string): Promise<void> {
  await dropSnapshot(id);
  if (!(await readSnapshot())) await stripUndoButtons();
}

const tooLate = () => tCount('errorTooLateToUndo', UNDO_SECONDS);

/**
 * Puts the site's cookies, the tab's storage and its page back as they were
 * before the logout. One at a time with logouts, so that a logout started
 * meanwhile is not undone halfway; the snapshot goes once it is used.
 */
export function undoLogout(id: string): Promise<UndoReport> {
  return oneLogoutAtATime(async () => {
    const snapshot = await readSnapshot();
    if (!snapshot || snapshot.id !== id || !offerOf(snapshot, Date.now())) throw new Error(tooLate());
    const parts = partsOf(snapshot);
    const sites = [...new Set(parts.flatMap((part) => (part.cookiesCleared ? [part.site, ...part.relatedSites] : [])))];
    const current = sites.length ? await readCookiesOfSites(sites, snapshot.storeId) : [];
    const cookies = cookiesToUndoAll(parts, current, Date.now() / 1000);
    await removeCookies(cookies.remove);
    const refused = await restoreCookies(cookies.restore);
    const tabs = await Promise.all(parts.filter((part) => part.tabId !== NO_TAB).map(returnTab));
    await Promise.all([dropSnapshot(id), stripUndoButtons()]);
    const named = [...new Set(parts.map((part) => part.site))];
    return {
      site: snapshot.site,
      ...(named.length > 1 ? { sites: named } : {}),
      cookiesRestored: cookies.restore.length - refused.length,
      cookiesRefused: refused.map((cookie) => `${cookie.name} (${cookie.domain})`),
      storage: storageOutcomeOf(tabs.map((tab) => tab.storage)),
      pageUrl: snapshot.pageUrl,
      reopened: tabs.some((tab) => tab.reopened),
    };
  });
}

/** One outcome for several tabs' storage: failed if any failed, restored if any was put back. */
function storageOutcomeOf(outcomes: readonly StorageOutcome[]): StorageOutcome {
  if (outcomes.includes('failed')) return 'failed';
  return outcomes.includes('restored') ? 'restored' : 'none';
}

/** Undoes the logout on offer now, whichever it is: the notification's button names none. */
export async function undoOffered(): Promise<UndoReport> {
  const snapshot = await readSnapshot();
  if (!snapshot) throw new Error(tooLate());
  return undoLogout(snapshot.id);
}
