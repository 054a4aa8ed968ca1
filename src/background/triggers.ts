import { badgeFor, type LogoutProgress, menuItemFor, notificationFor } from '../core/feedback';
import { siteOfTab } from '../core/site';
import { clearBadge, notify, showBadge } from '../platform/feedback-ui';
import { focusedTab, updateMenus } from '../platform/menus';
import { loadSettings } from '../platform/settings-store';
import { readTab } from '../platform/tabs';
import { logOut } from './logout';

/** How long the done or failed badge stays on the toolbar icon. */
const BADGE_SECONDS = 8;

/**
 * A logout started by the keyboard shortcut or a menu: with no popup open,
 * the badge and a notification tell the user what happened.
 */
export async function logOutWithFeedback(tabId: number): Promise<void> {
  const scope = siteOfTab(await readTab(tabId).catch(() => ({ incognito: false })));
  const { settings } = await loadSettings().catch(() => ({ settings: undefined }));
  const notifyUser = settings?.defaults.notify ?? true;
  let outcome: Exclude<LogoutProgress, { phase: 'running' }>;
  if (scope.kind === 'none') {
    outcome = { phase: 'failed', reason: scope.reason };
  } else {
    await showBadge(tabId, badgeFor({ phase: 'running', site: scope.site }));
    outcome = await logOut(tabId).then(
      (report) => ({ phase: 'done', report }) as const,
      (error: unknown) =>
        ({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) }) as const,
    );
  }
  await showBadge(tabId, badgeFor(outcome));
  if (notifyUser) await notify(`signoff-${tabId}`, notificationFor(outcome)).catch(() => {});
  setTimeout(() => clearBadge(tabId), BADGE_SECONDS * 1000);
}

export async function logOutFocusedTab(tabId?: number): Promise<void> {
  const id = tabId ?? (await focusedTab())?.id;
  if (id !== undefined) await logOutWithFeedback(id);
}

/** Names the menu entries after the site of the tab in front. */
export async function refreshMenus(): Promise<void> {
  const tab = await focusedTab().catch(() => undefined);
  await updateMenus(menuItemFor(siteOfTab(tab ?? { incognito: false })));
}
