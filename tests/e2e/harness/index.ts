export {
  closeAllTabs,
  DIST,
  importSettingsFile,
  launchWithExtension,
  logOutThroughPopup,
  openOptions,
  openPopupIn,
  openPopupOver,
  resetExtension,
  type Session,
  type TestSite,
  useSession,
  waitFor,
} from './browser';
export {
  allCookies,
  type CookieSnapshot,
  cookieJar,
  EMPTY_STORAGE,
  type FullCookie,
  ofSite,
  readStorage,
  readStorageOf,
  restorable,
  type StorageSnapshot,
  seed,
  waitForSeed,
} from './data';
export {
  badgeOf,
  frontTabId,
  importRules,
  notificationIds,
  sendToSignOff,
  stopServiceWorker,
  watchServiceWorker,
} from './extension';
export { type FocusedControl, focusedControl, tabTo, usableControls } from './focus';
export { clickNotificationButton, pressKeys, useContextMenu, windowsNow } from './keys';
export { layoutFaults, smallestText } from './layout';
export { lookInBothSchemes, popupFrame, SCREENSHOTS, seriousViolations } from './look';
export {
  allowInPrivateWindows,
  assignShortcut,
  cookiesInStore,
  inPrivateTab,
  openPrivateTab,
  PRIVATE_STORE,
  readPrivateStorage,
  seedPrivate,
  urlOfTab,
} from './private';
