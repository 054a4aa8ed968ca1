import { type Badge, type NotificationText, notificationShown } from '../core/feedback';
import { browser, FIREFOX, type Notifications } from './browser';

const PREFIX = 'signoff-';

export async function showBadge(tabId: number, badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => {
    // The tab may have closed meanwhile (a logout can close tabs); there is no badge to show.
  });
}

export async function clearBadge(tabId: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: '' }),
  ]).catch(() => {});
}

/** Shows (or replaces) SignOff's notification for a tab. */
export async function notify(tabId: number, text: NotificationText): Promise<void> {
  // Chromium's notification buttons are missing from the polyfill's (Firefox's) types.
  // Firefox notifications have no buttons, and refuse the field.
  const { title, message, buttons } = notificationShown(text, { hasButtons: !FIREFOX });
  const options: Notifications.CreateNotificationOptions & { buttons?: Array<{ title: string }> } = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
    ...(buttons.length > 0 ? { buttons: buttons.map((button) => ({ title: button })) } : {}),
  };
  await browser.notifications.create(`${PREFIX}${tabId}`, options);
}

/** Takes the Undo button off every SignOff notification: once Undo has expired, been used or been replaced. */
export async function stripUndoButtons(): Promise<void> {
  // Chromium only: Firefox has neither notification buttons nor notifications.update.
  const notifications = browser.notifications as {
    update?: (id: string, options: { buttons: [] }) => Promise<boolean>;
  };
  if (!notifications.update) return;
  const shown = Object.keys(await browser.notifications.getAll());
  await Promise.all(
    shown
      .filter((id) => id.startsWith(PREFIX))
      .map((id) => notifications.update?.(id, { buttons: [] }).catch(() => false)),
  );
}

/** Calls back with the tab when the user presses a SignOff notification's Undo button. */
export function onUndoButton(listener: (tabId: number) => void): void {
  browser.notifications.onButtonClicked.addListener((id) => {
    if (id.startsWith(PREFIX)) listener(Number(id.slice(PREFIX.length)));
  });
}
