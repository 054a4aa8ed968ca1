import { browser } from './browser';

const ALARM = 'signoff-unfinished-logout';

/**
 * Wakes the service worker within half a minute (the shortest alarm browsers
 * allow) if it is stopped while a logout runs, so that it finishes the logout
 * even when no page of SignOff is open to ask.
 */
export async function armWatchdog(): Promise<void> {
  await browser.alarms.create(ALARM, { delayInMinutes: 0.5 });
}

export async function disarmWatchdog(): Promise<void> {
  await browser.alarms.clear(ALARM);
}

export function onWatchdog(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) listener();
  });
}
