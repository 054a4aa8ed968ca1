import * as v from 'valibot';
import { browser } from './browser';
import { navigationStatus } from './page-functions';

export type NavigationResult =
  | { outcome: 'reached' }
  | { outcome: 'failed'; error: string }
  | { outcome: 'timeout' }
  | { outcome: 'tabClosed' };

type FrameEvent = { tabId: number; frameId: number };

/**
 * Sends a tab to a URL and waits until that page is committed or loaded,
 * until it fails or the tab closes, or until the time is up. Only events after
 * our own navigation starts count: a load already under way must not end the
 * wait early.
 */
export function navigateAndWait(
  tabId: number,
  url: string,
  { until, timeoutMs }: { until: 'committed' | 'loaded'; timeoutMs: number },
): Promise<NavigationResult> {
  const { webNavigation, tabs } = browser;
  const done = until === 'committed' ? webNavigation.onCommitted : webNavigation.onCompleted;
  return new Promise((resolve) => {
    let started = false;
    const inTab = (details: FrameEvent) => details.tabId === tabId && details.frameId === 0;
    const onStart = (details: FrameEvent & { url: string }) => {
      if (inTab(details) && details.url === url) started = true;
    };
    const onDone = (details: FrameEvent) => started && inTab(details) && finish({ outcome: 'reached' });
    const onError = (details: FrameEvent & { error?: string }) =>
      started && inTab(details) && finish({ outcome: 'failed', error: details.error ?? 'unknown error' });
    const onRemoved = (closed: number) => closed === tabId && finish({ outcome: 'tabClosed' });
    const finish = (result: NavigationResult) => {
      clearTimeout(timer);
      webNavigation.onBeforeNavigate.removeListener(onStart);
      done.removeListener(onDone);
      webNavigation.onErrorOccurred.removeListener(onError);
      tabs.onRemoved.removeListener(onRemoved);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ outcome: 'timeout' }), timeoutMs);
    webNavigation.onBeforeNavigate.addListener(onStart);
    done.addListener(onDone);
    webNavigation.onErrorOccurred.addListener(onError);
    tabs.onRemoved.addListener(onRemoved);
    tabs.update(tabId, { url }).catch(() => finish({ outcome: 'tabClosed' }));
  });
}

/** The HTTP status of the page now in the tab, or 0 when it cannot be read. */
export async function pageStatus(tabId: number): Promise<number> {
  const results = await browser.scripting
    .executeScript({ target: { tabId }, injectImmediately: true, func: navigationStatus })
    .catch(() => []);
  const parsed = v.safeParse(v.number(), results[0]?.result);
  return parsed.success ? parsed.output : 0;
}
