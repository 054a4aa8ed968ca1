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
 * The active tab of a window: the one the calling page belongs to (the
 * popup's), or the one the user last focused (for shortcuts and menus).
 */
export async function activeTab(
  window: 'current' | 'lastFocused',
): Promise<{ id: number; url?: string; incognito: boolean } | undefined> {
  const [tab] = await browser.tabs.query(
    window === 'current' ? { active: true, currentWindow: true } : { active: true, lastFocusedWindow: true },
  );
  return tab?.id === undefined
    ? undefined
    : { id: tab.id, incognito: tab.incognito, ...(tab.url ? { url: tab.url } : {}) };
}

/** Whether the tab got as far as waited for (committed or loaded), failed first, or ran out of time. */
export type LoadOutcome = 'reached' | 'failed' | 'timeout';

/**
 * Sends a tab to a URL and waits until that page is committed (the browser
 * resets a tab's badge then) or loaded, until it fails, or until the time is
 * up. Only events after our own navigation starts count: a load that was
 * already under way must not end the wait early.
 */
export function navigateAndWait(
  tabId: number,
  url: string,
  { until, timeoutMs }: { until: 'committed' | 'loaded'; timeoutMs: number },
): Promise<LoadOutcome> {
  const done = until === 'committed' ? browser.webNavigation.onCommitted : browser.webNavigation.onCompleted;
  return new Promise((resolve) => {
    let started = false;
    const inTab = (details: { tabId: number; frameId: number }) => details.tabId === tabId && details.frameId === 0;
    const onStart = (details: { tabId: number; frameId: number; url: string }) => {
      if (inTab(details) && details.url === url) started = true;
    };
    const onDone = (details: { tabId: number; frameId: number }) => {
      if (started && inTab(details)) finish('reached');
    };
    const onError = (details: { tabId: number; frameId: number }) => {
      if (started && inTab(details)) finish('failed');
    };
    const finish = (outcome: LoadOutcome) => {
      clearTimeout(timer);
      browser.webNavigation.onBeforeNavigate.removeListener(onStart);
      done.removeListener(onDone);
      browser.webNavigation.onErrorOccurred.removeListener(onError);
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    browser.webNavigation.onBeforeNavigate.addListener(onStart);
    done.addListener(onDone);
    browser.webNavigation.onErrorOccurred.addListener(onError);
    browser.tabs.update(tabId, { url }).catch(() => finish('failed'));
  });
}

/** Every tab whose address SignOff may see, and whether it is private. */
export async function listTabs(): Promise<Array<{ id: number; url: string; incognito: boolean }>> {
  const tabs = await browser.tabs.query({});
  return tabs.flatMap((tab) =>
    tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url, incognito: tab.incognito }] : [],
  );
}

export async function reloadTabs(tabIds: readonly number[]): Promise<void> {
  await Promise.all(tabIds.map((id) => browser.tabs.reload(id).catch(() => {})));
}

export async function closeTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length > 0) await browser.tabs.remove([...tabIds]).catch(() => {});
}
