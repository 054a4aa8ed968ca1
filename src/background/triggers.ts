import { badgeFor, type LogoutProgress, menuItemFor, notificationFor } from '../core/feedback';
import { siteOfTab } from '../core/site';
import { errorMessage } from '../core/wording';
import { clearBadge, notify, showBadge } from '../platform/feedback-ui';
import { updateMenus } from '../platform/menus';
import { loadSettings } from '../platform/settings-store';
import { activeTab } from '../platform/tabs';
import { logOut } from './logout';

/** How long the done or failed badge stays on the toolbar icon. */
const BADGE_SECONDS = 8;

/**
 * A logout started by the keyboard shortcut or a menu: with no popup open,
 * the badge and a notification tell the user what happened.
 */
export async function logOutWithFeedback(tabId: number): Promise<void> {
  // Read alongside the logout: the answer is needed only at the end, failure included.
  const notifyUser = loadSettings().then(
    ({ settings }) => settings.defaults.notify,
    () => true,
  );
  const outcome: Exclude<LogoutProgress, { phase: 'running' }> = await logOut(tabId, {
    onStart: (site) => showBadge(tabId, badgeFor({ phase: 'running', site })),
  }).then(
    (report) => ({ phase: 'done', report }),
    (error: unknown) => ({ phase: 'failed', reason: errorMessage(error) }),
  );
  await showBadge(tabId, badgeFor(outcome));
  if (await notifyUser) await notify(`signoff-${tabId}`, notificationFor(outcome)).catch(() => {});
  setTimeout(() => clearBadge(tabId), BADGE_SECONDS * 1000);
}

export async function logOutFocusedTab(tabId?: number): Promise<void> {
  const id = tabId ?? (await activeTab('lastFocused'))?.id;
  if (id !== undefined) await logOutWithFeedback(id);
}

/** Names the menu entries after the site of the tab in front. */
export async function refreshMenus(): Promise<void> {
  const tab = await activeTab('lastFocused').catch(() => undefined);
  await updateMenus(menuItemFor(siteOfTab(tab ?? { incognito: false })));
}
