import { t } from '../core/i18n';
import { onBrowserStart, onIdleCheckDue, onTabClosed, onUserStateChange } from '../platform/auto-events';
import { browser } from '../platform/browser';
import { onUndoButton } from '../platform/feedback-ui';
import { installBrowserMessages } from '../platform/i18n';
import { createMenus, MENU_IDS } from '../platform/menus';
import { listenForMessages } from '../platform/messaging';
import { currentSettings, watchSettings } from '../platform/settings-store';
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

const STARTUP_CHORES_DELAY_MS = 300;

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

onWatchdog(resume);
onQueueWatchdog(() => void runQueuedLogouts());
onBrowserStart(() => void logOutAtStartup());
// The chores of a worker that has just started wait a moment: the event that woke it (most often a logout)
// goes first. They read settings, tabs and storage, and made a cold start's logout wait for them (bench).
setTimeout(startupChores, STARTUP_CHORES_DELAY_MS);
// Every event of a worker just started wants the settings: their read begins while the event is on its way.
void currentSettings();

/**
 * A logout that the browser stopped halfway is finished, an Undo whose time ran
 * out while the worker was stopped goes from memory, and the automatic logouts
 * queued before the worker (or the browser) stopped are run.
 */
function startupChores(): void {
  resume();
  void currentUndoOffer();
  void runQueuedLogouts();
  void watchOpenTabs();
  void onIdleCheck();
}

function resume(): void {
  void resumeUnfinished((tabId, logout) => void reportOutcome(tabId, logout));
}

// The bench reads when a fresh worker's scripts were ready (bench/arms.mjs).
performance.mark('signoff-worker-ready');
