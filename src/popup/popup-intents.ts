import { t } from '../core/i18n';
import type { LogoutReport } from '../core/logout/report';
import type { UndoReport } from '../core/logout/snapshot';
import type { SiteView, StoredCount } from '../core/messages';
import { currentTabId } from '../platform/current-tab';
import { commandShortcut, openOptionsPage, openShortcutSettings } from '../platform/extension-pages';
import { sendMessage } from '../platform/messaging';
import type { AllSitesIntents } from '../ui/all-sites';

/** Everything the popup can ask of the background; "Log out of all sites" clears the cookie store of the popup's window. */
export interface PopupIntents extends AllSitesIntents {
  loadView(): Promise<SiteView>;
  /** What a logout of the site would clear: it takes a survey, so it comes after the view. */
  countStored(tabId: number, site: string): Promise<StoredCount>;
  logOut(tabId: number, site: string): Promise<LogoutReport>;
  /** The report of a logout whose answer was lost (the browser stopped SignOff), or null if none is left to finish. */
  finishLogout(tabId: number): Promise<LogoutReport | null>;
  undo(id: string): Promise<UndoReport>;
  useAsLoginPage(tabId: number, site: string): Promise<SiteView>;
  openSettings(): Promise<void>;
  shortcut(): Promise<string | undefined>;
  openShortcutSettings(): Promise<void>;
}

export function connectPopup(): PopupIntents {
  return {
    async loadView() {
      const tabId = await currentTabId();
      if (tabId === undefined) throw new Error(t('errorNoActiveTab'));
      return sendMessage('getSiteView', { tabId });
    },
    countStored: (tabId, site) => sendMessage('countStored', { tabId, site }),
    logOut: (tabId, site) => sendMessage('logout', { tabId, site }),
    finishLogout: (tabId) => sendMessage('finishLogout', { tabId }),
    surveyAllSites: () => currentTabId().then((tabId) => sendMessage('surveyAllSites', { tabId })),
    logOutOfAllSites: (sites) =>
      currentTabId().then((tabId) => sendMessage('logoutAllSites', { tabId, sites: [...sites] })),
    undo: (id) => sendMessage('undo', { id }),
    useAsLoginPage: (tabId, site) => sendMessage('useAsLoginPage', { tabId, site }),
    openSettings: () => openOptionsPage().then(() => window.close()),
    shortcut: () => commandShortcut('logout'),
    openShortcutSettings: () => openShortcutSettings().then(() => window.close()),
  };
}
