import { browser } from './browser';

/** The address of a tab, when SignOff may see it. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  const tab = await browser.tabs.get(tabId);
  return tab.url;
}

/** The origins of every tab and frame the browser lets us see. */
export async function openOrigins(): Promise<string[]> {
  const tabs = await browser.tabs.query({});
  const framesPerTab = await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return [];
      const frames = await browser.webNavigation.getAllFrames({ tabId: tab.id }).catch(() => null);
      return [tab.url, ...(frames ?? []).map((frame) => frame.url)];
    }),
  );
  const origins = new Set<string>();
  for (const address of framesPerTab.flat()) {
    if (!address) continue;
    try {
      origins.add(new URL(address).origin);
    } catch {
      // A frame at about:blank or a malformed address has no origin to clear.
    }
  }
  return [...origins];
}

export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

/** The active tab of the window the calling page (the popup) belongs to. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
