import type { TabPlace } from '../core/auto/groups';
import { browser } from './browser';
import { storeOfTab } from './cookie-stores';

const IDLE_DUE_ALARM = 'signoff-idle-due';
const IDLE_TICK_ALARM = 'signoff-idle-tick';
/** Without a key or mouse event for this long, the user is idle (the idle API's shortest is 15 s). */
const IDLE_AFTER_SECONDS = 60;

/** Whether the user is at the computer: not idle, screen not locked. */
export async function userIsActive(): Promise<boolean> {
  return (await browser.idle.queryState(IDLE_AFTER_SECONDS)) === 'active';
}

export function onUserStateChange(listener: () => void): void {
  browser.idle.setDetectionInterval(IDLE_AFTER_SECONDS);
  browser.idle.onStateChanged.addListener(() => listener());
}

/** The active tab of the focused browser window, if a browser window has focus. */
export async function tabInFront(): Promise<{ url: string; storeId: string } | undefined> {
  const window = await browser.windows.getLastFocused().catch(() => undefined);
  if (!window?.focused || window.id === undefined) return undefined;
  const [tab] = await browser.tabs.query({ active: true, windowId: window.id });
  if (!tab?.url) return undefined;
  return { url: tab.url, storeId: storeOfTab(tab) };
}

/**
 * Checks idle sites again at `dueAt` (ms since the epoch), and every minute
 * while any idle rule exists: the minute checks tell how long a site was in
 * use, and a stopped browser from a site nobody used.
 */
export async function scheduleIdleChecks(dueAt: number | undefined, anyIdleRule: boolean): Promise<void> {
  await Promise.all([
    dueAt === undefined
      ? browser.alarms.clear(IDLE_DUE_ALARM)
      : browser.alarms.create(IDLE_DUE_ALARM, { when: Math.max(dueAt, Date.now() + 1000) }),
    anyIdleRule
      ? browser.alarms.get(IDLE_TICK_ALARM).then((tick) => {
          if (!tick) return browser.alarms.create(IDLE_TICK_ALARM, { periodInMinutes: 1 });
        })
      : browser.alarms.clear(IDLE_TICK_ALARM),
  ]);
}

export function onIdleCheckDue(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_DUE_ALARM || alarm.name === IDLE_TICK_ALARM) listener();
  });
}

/** Every open tab's address (and where it is going) with its cookie store. */
export async function openTabAddresses(): Promise<Array<{ id: number; urls: string[]; storeId: string }>> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) => {
    const urls = [tab.url, (tab as { pendingUrl?: string }).pendingUrl].filter((url): url is string => !!url);
    return tab.id === undefined ? [] : [{ id: tab.id, urls, storeId: storeOfTab(tab) }];
  });
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}

const STARTED_KEY = 'browserStarted';

/**
 * Calls back once per browser session, as soon as SignOff runs in it: on
 * runtime.onStartup. Chromium does not send that to an extension loaded from
 * a folder (a development install), so there the first worker to find
 * storage.session empty (as it is in a browser just started) stands in for it;
 * not for other installs, whose storage.session is emptied by an update too.
 * Call at the worker's top level.
 */
export function onBrowserStart(listener: () => void): void {
  const once = async () => {
    const items = await browser.storage.session.get(STARTED_KEY);
    if (items[STARTED_KEY]) return;
    await browser.storage.session.set({ [STARTED_KEY]: true });
    listener();
  };
  browser.runtime.onStartup.addListener(() => void once());
  void browser.management
    ?.getSelf()
    .then((self) => (self.installType === 'development' ? once() : undefined))
    .catch(() => {});
}

export type { TabPlace };
