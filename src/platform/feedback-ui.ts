import type { Badge, NotificationText } from '../core/feedback';
import { browser } from './browser';

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

export async function notify(id: string, text: NotificationText): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: text.title,
    message: text.message,
  });
}
