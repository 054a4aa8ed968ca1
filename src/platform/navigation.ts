import { t } from '../core/i18n';
import { browser } from './browser';

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
      started && inTab(details) && finish({ outcome: 'failed', error: details.error ?? t('unknownError') });
    const onRemoved = (closed: number) => closed === tabId && finish({ outcome: 'tabClosed' });
    // An address that differs from the page's only by its #fragment just scrolls it
    // (https://html.spec.whatwg.org/#navigate-fragid): reload, so that the document is replaced.
    const onFragment = (details: FrameEvent & { url: string }) => {
      if (!started && inTab(details) && details.url === url) tabs.reload(tabId).catch(() => {});
    };
    const finish = (result: NavigationResult) => {
      clearTimeout(timer);
      webNavigation.onBeforeNavigate.removeListener(onStart);
      done.removeListener(onDone);
      webNavigation.onErrorOccurred.removeListener(onError);
      tabs.onRemoved.removeListener(onRemoved);
      webNavigation.onReferenceFragmentUpdated.removeListener(onFragment);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ outcome: 'timeout' }), timeoutMs);
    webNavigation.onBeforeNavigate.addListener(onStart);
    done.addListener(onDone);
    webNavigation.onErrorOccurred.addListener(onError);
    tabs.onRemoved.addListener(onRemoved);
    webNavigation.onReferenceFragmentUpdated.addListener(onFragment);
    tabs.update(tabId, { url }).catch(() => finish({ outcome: 'tabClosed' }));
  });
}
