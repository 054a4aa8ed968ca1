import { browser } from './browser';

/** A tab's address (when SignOff may see it) and whether it is private. */
export async function readTab(tabId: number): Promise<{ url?: string; incognito: boolean }> {
  const tab = await browser.tabs.get(tabId);
  return { ...(tab.url ? { url: tab.url } : {}), incognito: tab.incognito };
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

/**
 * Sends a tab to a URL and waits until the new page is committed (or a
 * while at most): the browser resets a tab's badge when a page commits.
 */
export function navigateTab(tabId: number, url: string, timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      browser.webNavigation.onCommitted.removeListener(onCommitted);
      browser.webNavigation.onErrorOccurred.removeListener(onCommitted);
      resolve();
    };
    const onCommitted = (details: { tabId: number; frameId: number }) => {
      if (details.tabId === tabId && details.frameId === 0) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    browser.webNavigation.onCommitted.addListener(onCommitted);
    browser.webNavigation.onErrorOccurred.addListener(onCommitted);
    browser.tabs.update(tabId, { url }).catch(finish);
  });
}

/** The active tab of the window the calling page (the popup) belongs to. */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export type LoadOutcome = 'loaded' | 'failed' | 'timeout';

/**
 * Sends a tab to a URL and waits until that page has loaded, failed, or the
 * time is up. Only events after our own navigation starts count: a load that
 * was already under way must not end the wait early.
 */
export function navigateAndWait(tabId: number, url: string, timeoutMs: number): Promise<LoadOutcome> {
  return new Promise((resolve) => {
    let started = false;
    const inTab = (details: { tabId: number; frameId: number }) => details.tabId === tabId && details.frameId === 0;
    const onStart = (details: { tabId: number; frameId: number; url: string }) => {
      if (inTab(details) && details.url === url) started = true;
    };
    const onCompleted = (details: { tabId: number; frameId: number }) => {
      if (started && inTab(details)) finish('loaded');
    };
    const onError = (details: { tabId: number; frameId: number }) => {
      if (started && inTab(details)) finish('failed');
    };
    const finish = (outcome: LoadOutcome) => {
      clearTimeout(timer);
      browser.webNavigation.onBeforeNavigate.removeListener(onStart);
      browser.webNavigation.onCompleted.removeListener(onCompleted);
      browser.webNavigation.onErrorOccurred.removeListener(onError);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    browser.webNavigation.onBeforeNavigate.addListener(onStart);
    browser.webNavigation.onCompleted.addListener(onCompleted);
    browser.webNavigation.onErrorOccurred.addListener(onError);
    browser.tabs.update(tabId, { url }).catch(() => finish('failed'));
  });
}

/** Every tab of the regular (not incognito) profile, and its address where SignOff may see it. */
export async function listTabs(): Promise<Array<{ id: number; url: string }>> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url && !tab.incognito ? [{ id: tab.id, url: tab.url }] : [],
  );
}

export async function reloadTabs(tabIds: readonly number[]): Promise<void> {
  await Promise.all(tabIds.map((id) => browser.tabs.reload(id).catch(() => {})));
}

export async function closeTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length > 0) await browser.tabs.remove([...tabIds]).catch(() => {});
}
