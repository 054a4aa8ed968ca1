import { browser } from './browser';

/**
 * The id of the tab in front of the page that asks: the popup's. A module of
 * its own, so that the popup's code carries nothing else of tabs.ts.
 */
export async function currentTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
