import browser from 'webextension-polyfill';

export type { BrowsingData, Cookies, Notifications, Runtime, Tabs } from 'webextension-polyfill';
/** The one place the extension APIs are imported from. */
export { browser };

/**
 * Whether this is the Firefox build (`vite build --mode firefox`). Only
 * src/platform asks: what differs between the browsers stays behind it.
 */
export const FIREFOX = import.meta.env.MODE === 'firefox';
