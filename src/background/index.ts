import { t } from '../core/i18n';
import { browser } from '../platform/browser';
import { onUndoButton } from '../platform/feedback-ui';
import { installBrowserMessages } from '../platform/i18n';
import { createMenus, MENU_IDS } from '../platform/menus';
import { listenForMessages } from '../platform/messaging';
import { onWatchdog } from '../platform/watchdog';
import { answerMessage } from './answer';
import { currentUndoOffer, resumeUnfinished } from './logout/index';
import { logOutFocusedTab, refreshMenus, reportOutcome, undoFromNotification } from './triggers';

installBrowserMessages();

// Listeners are registered synchronously at top level: MV3 drops events that
// arrive before a listener exists.
listenForMessages(answerMessage);

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'logout') void logOutFocusedTab(tab?.id);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_IDS.page || info.menuItemId === MENU_IDS.action) void logOutFocusedTab(tab?.id);
});

onUndoButton((tabId) => void undoFromNotification(tabId));

browser.runtime.onInstalled.addListener(async () => {
  await createMenus(t('menuLogOutOfThisSite'));
  await refreshMenus();
});
browser.tabs.onActivated.addListener(() => void refreshMenus());
browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (tab.active && change.url) void refreshMenus();
});
browser.windows.onFocusChanged.addListener(() => void refreshMenus());

// A logout that the browser stopped halfway is finished as soon as the worker runs again, and an Undo
// whose time ran out while the worker was stopped goes from memory.
const resume = () => void resumeUnfinished((tabId, logout) => void reportOutcome(tabId, logout));
onWatchdog(resume);
resume();
void currentUndoOffer();
