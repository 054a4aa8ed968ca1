import { t } from '../../core/i18n';
import type { WebScope } from '../../core/logout/plan';
import { choicesFor, type LogoutChoices } from '../../core/settings';
import { type SiteScope, siteOfTab, siteOfUrl } from '../../core/site';
import { currentSettings } from '../../platform/settings-store';
import { readTab } from '../../platform/tabs';

/** A tab with a site to log out of, and the choices its rule makes. */
export interface Target {
  tabId: number;
  url: string;
  scope: WebScope;
  choices: LogoutChoices;
  /** The cookie store of the tab: a private window's, a container's, or the regular one. */
  storeId: string;
  /** Origins of the site that no tab shows now (a closed tab's), whose storage is cleared too. */
  knownOrigins?: string[];
}

/** The tab's site and rule, or the reason there is nothing to log out of (its message is for the user). */
export async function targetOf(tabId: number, expectedSite?: string): Promise<Target> {
  const tab = await readTab(tabId);
  if (!tab) throw new Error(t('errorTabClosedNothingCleared'));
  const scope = siteOfTab(tab);
  if (scope.kind === 'none' || !tab.url) throw new Error(scope.kind === 'none' ? scope.reason : t('errorNothingHere'));
  if (expectedSite !== undefined && scope.site !== expectedSite) {
    throw new Error(t('errorTabMovedNothingCleared', expectedSite, scope.site));
  }
  return targetAt(tabId, tab.url, { scope, storeId: tab.storeId });
}

/**
 * The target of a logout that began on `url`, whatever the tab shows now. A
 * logout resumed after a restart passes the cookie store it began in: the
 * tab may have closed since.
 */
export async function targetAt(
  tabId: number,
  url: string,
  { scope = siteOfUrl(url), storeId }: { scope?: SiteScope; storeId?: string } = {},
): Promise<Target> {
  if (scope.kind === 'none') throw new Error(scope.reason);
  const [{ settings }, store] = await Promise.all([
    currentSettings(),
    storeId ?? readTab(tabId).then((tab) => tab?.storeId),
  ]);
  if (store === undefined) throw new Error(t('errorTabClosedNothingCleared'));
  return { tabId, url, scope, choices: choicesFor(settings, scope.host), storeId: store };
}
