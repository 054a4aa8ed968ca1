import { errorMessage } from '../core/errors';
import { badgeFor, type LogoutProgress, menuItemFor, notificationFor, undoNotificationFor } from '../core/feedback';
import type { LogoutReport } from '../core/logout/report';
import { siteOfTab } from '../core/site';
import { clearBadge, notify, showBadge } from '../platform/feedback-ui';
import { updateMenus } from '../platform/menus';
import { currentSettings } from '../platform/settings-store';
import { activeTab } from '../platform/tabs';
import { logOut, undoOffered } from './logout/index';

/** How long the done or failed badge stays on the toolbar icon. */
const BADGE_SECONDS = 8;

/**
 * A logout started by the keyboard shortcut or a menu: with no popup open,
 * the badge and a notification tell the user what happened.
 */
export async function logOutWithFeedback(tabId: number): Promise<void> {
  const logout = logOut(tabId, { onStart: (site) => showBadge(tabId, badgeFor({ phase: 'running', site })) });
  await reportOutcome(tabId, logout);
}

/** Badge and notification for a logout that no page is waiting for (started by key or menu, or resumed). */
export async function reportOutcome(tabId: number, logout: Promise<LogoutReport>): Promise<void> {
  // Read alongside the logout: the answer is needed only at the end, failure included.
  const notifyUser = currentSettings().then(
    ({ settings }) => settings.defaults.notify,
    () => true,
  );
  const outcome: Exclude<LogoutProgress, { phase: 'running' }> = await logout.then(
    (report) => ({ phase: 'done', report }),
    (error: unknown) => ({ phase: 'failed', reason: errorMessage(error) }),
  );
  // The notification first: the badge's final state then tells that all feedback is out.
  if (await notifyUser) await notify(tabId, notificationFor(outcome)).catch(() => {});
  await showBadge(tabId, badgeFor(outcome));
  setTimeout(() => clearBadge(tabId), BADGE_SECONDS * 1000);
}

/** The Undo button of a notification: undoes the logout on offer, and says how that went. */
export async function undoFromNotification(tabId: number): Promise<void> {
  const outcome = await undoOffered().then(
    (report) => ({ report }),
    (error: unknown) => ({ error: errorMessage(error) }),
  );
  await notify(tabId, undoNotificationFor(outcome)).catch(() => {});
}

export async function logOutFocusedTab(tabId?: number): Promise<void> {
  const id = tabId ?? (await activeTab())?.id;
  if (id !== undefined) await logOutWithFeedback(id);
}

/** Names the menu entries after the site of the tab in front. */
export async function refreshMenus(): Promise<void> {
  const tab = await activeTab().catch(() => undefined);
  await updateMenus(menuItemFor(siteOfTab(tab ?? {})));
}
