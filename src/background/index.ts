import { browser } from '../platform/browser';
import { createMenus, MENU_IDS } from '../platform/menus';
import { listenForMessages } from '../platform/messaging';
import { answerMessage } from './answer';
import { logOutFocusedTab, refreshMenus } from './triggers';

// Listeners are registered synchronously at top level: MV3 drops events that
// arrive before a listener exists.
listenForMessages(answerMessage);

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'logout') void logOutFocusedTab(tab?.id);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_IDS.page || info.menuItemId === MENU_IDS.action) void logOutFocusedTab(tab?.id);
});

browser.runtime.onInstalled.addListener(async () => {
  await createMenus('Log out of this site');
  await refreshMenus();
});
browser.tabs.onActivated.addListener(() => void refreshMenus());
browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
  if (tab.active && change.url) void refreshMenus();
});
browser.windows.onFocusChanged.addListener(() => void refreshMenus());
