import browser from 'webextension-polyfill';

export type { BrowsingData, Cookies, Notifications, Runtime, Tabs } from 'webextension-polyfill';
/** The one place the extension APIs are imported from. */
export { browser };
