import { t } from '../core/i18n';
import { onBrowserStart, onIdleCheckDue, onTabClosed, onUserStateChange } from '../platform/auto-events';
import { browser } from '../platform/browser';
import { onUndoButton } from '../platform/feedback-ui';
import { installBrowserMessages } from '../platform/i18n';
import { createMenus, MENU_IDS } from '../platform/menus';
import { listenForMessages } from '../platform/messaging';
import { watchSettings } from '../platform/settings-store';
import { onQueueWatchdog, onWatchdog } from '../platform/watchdog';
import { answerMessage } from './answer';
import {
  logOutAtStartup,
  onTabClosed as logOutIfLastTab,
  logOutOfAllSitesByCommand,
  onIdleCheck,
  runQueuedLogouts,
  watchOpenTabs,
  watchTab,
} from './auto/index';
import { currentUndoOffer, resumeUnfinished } from './logout/index';
import { logOutFocusedTab, refreshMenus, reportOutcome, undoFromNotification } from './triggers';

installBrowserMessages();

// Listeners are registered synchronously at top level: MV3 drops events that
// arrive before a listener exists.
listenForMessages(answerMessage);

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'logout') void logOutFocusedTab(tab?.id);
  if (command === 'logout-all') void logOutOfAllSitesByCommand(tab?.id);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_IDS.page || info.menuItemId === MENU_IDS.action) void logOutFocusedTab(tab?.id);
});

onUndoButton((tabId) => void undoFromNotification(tabId));

browser.runtime.onInstalled.addListener(async () => {
  await createMenus(t('menuLogOutOfThisSite'));
  await refreshMenus();
});
browser.tabs.onActivated.addListener(() => {
  void refreshMenus();
  void onIdleCheck();
});
browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (!change.url) return;
  void watchTab(tab);
  if (tab.active) {
    void refreshMenus();
    void onIdleCheck();
  }
});
browser.windows.onFocusChanged.addListener(() => {
  void refreshMenus();
  void onIdleCheck();
});

// Automatic logouts: when a site's last tab closes, after its minutes without use, at browser start.
onTabClosed((tabId) => void logOutIfLastTab(tabId));
onUserStateChange(() => void onIdleCheck());
onIdleCheckDue(() => void onIdleCheck());
watchSettings(() => {
  void watchOpenTabs();
  void onIdleCheck();
});

// A logout that the browser stopped halfway is finished as soon as the worker runs again, and an Undo
// whose time ran out while the worker was stopped goes from memory.
const resume = () => void resumeUnfinished((tabId, logout) => void reportOutcome(tabId, logout));
onWatchdog(resume);
resume();
void currentUndoOffer();
// Automatic logouts queued before the worker (or the browser) stopped are run now.
onQueueWatchdog(() => void runQueuedLogouts());
void runQueuedLogouts();
onBrowserStart(() => void logOutAtStartup());
void watchOpenTabs();
void onIdleCheck();
