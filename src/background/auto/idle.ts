import { afterIdleLogout, idleDue, idleRulesOf, nextIdleDue, recordUse, rulesInUse } from '../../core/auto/idle';
import { bareHost, httpUrlOf } from '../../core/site';
import { openTabAddresses, scheduleIdleChecks, tabInFront, userIsActive } from '../../platform/auto-events';
import { changeUseBook } from '../../platform/auto-store';
import { defaultStoreId } from '../../platform/cookie-stores';
import { currentSettings } from '../../platform/settings-store';
import { queueLogouts } from './batch';

let alarmsTidied = false;

/**
 * Brings the idle sites' use up to date and queues the logout of each that has
 * gone unused for its minutes; true if any was queued. Runs on every change of
 * the tab in front, of window focus, of the user's idle state, and every minute.
 */
export async function checkIdleSites(): Promise<boolean> {
  const { settings } = await currentSettings();
  const rules = idleRulesOf(settings);
  if (rules.length === 0) {
    // Once per worker is enough to take down the alarms of rules since removed: this runs at every tab switch.
    if (!alarmsTidied) await scheduleIdleChecks(undefined, false);
    alarmsTidied = true;
    return false;
  }
  alarmsTidied = false;
  const [front, active] = await Promise.all([tabInFront(), userIsActive()]);
  const url = active && front ? httpUrlOf(front.url) : undefined;
  const host = url && bareHost(url);
  const now = Date.now();
  let book = await changeUseBook((before) => recordUse(before, rules, rulesInUse(rules, host), now));
  const due = idleDue(book, rules, now);
  if (due.length > 0) {
    const stores = new Set([defaultStoreId(), ...(await openTabAddresses()).map((tab) => tab.storeId)]);
    await queueLogouts(
      due.flatMap((rule) =>
        [...stores].map((storeId) => ({
          host: rule.host,
          storeId,
          reason: 'idle' as const,
          sendTabs: true,
          queuedAt: now,
        })),
      ),
    );
    book = await changeUseBook((before) =>
      afterIdleLogout(
        before,
        due.map((rule) => rule.host),
      ),
    );
  }
  await scheduleIdleChecks(nextIdleDue(book, rules), true);
  return due.length > 0;
}
