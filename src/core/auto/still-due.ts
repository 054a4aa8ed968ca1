import { ruleForHost, type Settings } from '../settings';
import { groupOf, inGroup, type TabPlace } from './groups';
import { autoLogoutOf } from './moments';
import type { QueuedLogout } from './queue';

/**
 * Whether a queued automatic logout should still run, checked just before it
 * does (it may have waited through a stopped worker or a restart): its rule
 * still logs out at that moment, and a site whose last tab closed has not been
 * opened again in that store. "Log out of all sites" runs as asked.
 */
export function stillDue(item: QueuedLogout, settings: Pick<Settings, 'sites'>, open: readonly TabPlace[]): boolean {
  if (item.reason === 'all') return true;
  // The queued host is a rule's site, so the rule for it is that rule (or, once it is gone, the one that applies now).
  const rule = ruleForHost(settings, item.host);
  if (!rule) return false;
  const moments = autoLogoutOf(rule);
  switch (item.reason) {
    case 'lastTabClosed': {
      const group = groupOf(rule);
      return moments.onLastTabClosed && !open.some((tab) => tab.storeId === item.storeId && inGroup(tab.host, group));
    }
    case 'idle':
      return moments.idleMinutes !== undefined;
    case 'startup':
      return moments.onStartup;
  }
}
