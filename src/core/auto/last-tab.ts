import type { Settings } from '../settings';
import { siteOfHost } from '../site';
import { type AutoTarget, groupOf, inGroup, type TabPlace } from './groups';
import { autoLogoutOf } from './moments';

/**
 * The sites that a closed tab leaves with no tab: those whose rule logs out
 * on the last tab's close, that the tab was on (the site or a related site),
 * and that no tab still open in the same cookie store shows. A site open in
 * another window is still open; one open only in a private window is not,
 * for the regular window's session.
 */
export function sitesLeftWithoutTabs(
  closed: readonly TabPlace[],
  open: readonly TabPlace[],
  settings: Pick<Settings, 'sites'>,
): AutoTarget[] {
  const targets = new Map<string, AutoTarget>();
  for (const rule of settings.sites) {
    if (!autoLogoutOf(rule).onLastTabClosed) continue;
    const group = groupOf(rule);
    for (const tab of closed) {
      const key = `${siteOfHost(rule.site)} ${tab.storeId}`;
      if (targets.has(key) || !inGroup(tab.host, group)) continue;
      const stillOpen = open.some((other) => other.storeId === tab.storeId && inGroup(other.host, group));
      if (!stillOpen)
        targets.set(key, { host: rule.site, storeId: tab.storeId, ...(tab.origin ? { origins: [tab.origin] } : {}) });
    }
  }
  return [...targets.values()];
}

/** Whether a tab at this host is worth remembering: closing it could log out a site. */
export function watchedForLastTab(host: string, settings: Pick<Settings, 'sites'>): boolean {
  return settings.sites.some((rule) => autoLogoutOf(rule).onLastTabClosed && inGroup(host, groupOf(rule)));
}
