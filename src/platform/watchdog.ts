import { browser } from './browser';

/**
 * An alarm that wakes the service worker within half a minute (the shortest
 * alarm browsers allow) if it is stopped while work is under way, so that it
 * finishes the work even when no page of SignOff is open to ask.
 */
function watchdog(name: string) {
  return {
    arm: async (): Promise<void> => {
      await browser.alarms.create(name, { delayInMinutes: 0.5 });
    },
    disarm: async (): Promise<void> => {
      await browser.alarms.clear(name);
    },
    onFire: (listener: () => void): void => {
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === name) listener();
      });
    },
  };
}

/** For a logout that runs (see its journal). */
const logoutWatchdog = watchdog('signoff-unfinished-logout');
export const armWatchdog = logoutWatchdog.arm;
export const disarmWatchdog = logoutWatchdog.disarm;
export const onWatchdog = logoutWatchdog.onFire;

/** For queued logouts that run (automatic ones, all sites). */
const queueWatchdog = watchdog('signoff-queued-logouts');
export const armQueueWatchdog = queueWatchdog.arm;
export const disarmQueueWatchdog = queueWatchdog.disarm;
export const onQueueWatchdog = queueWatchdog.onFire;
