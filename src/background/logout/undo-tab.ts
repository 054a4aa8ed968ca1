import type { SessionSnapshot, StorageOutcome } from '../../core/logout/snapshot';
import { httpUrlOf } from '../../core/site';
import { navigateAndWait } from '../../platform/navigation';
import { writeTabStorage } from '../../platform/page-scripts';
import { openTab, readTab, reloadTabs } from '../../platform/tabs';

const RETURN_TIMEOUT_MS = 5_000;

/**
 * Sends the tab back to the page it was on, with its origin's localStorage
 * and sessionStorage put back first. Storage can only be written from a page
 * of its origin: when the tab is on one (the default login page is), the
 * storage goes in before the page is left; otherwise the page is opened,
 * given its storage as soon as it commits, and reloaded so that it starts
 * with it. A closed tab is opened again.
 */
export async function returnTab(snapshot: SessionSnapshot): Promise<{ storage: StorageOutcome; reopened: boolean }> {
  const hasStorage = Object.keys(snapshot.localStorage).length + Object.keys(snapshot.sessionStorage).length > 0;
  const tab = await readTab(snapshot.tabId);
  const tabId = tab ? snapshot.tabId : await openTab('about:blank');
  if (tabId === undefined) return { storage: hasStorage ? 'failed' : 'none', reopened: false };
  const reopened = !tab;
  const sameOrigin = tab?.url !== undefined && httpUrlOf(tab.url)?.origin === snapshot.origin;
  const outcome = (written: boolean): StorageOutcome => (!hasStorage ? 'none' : written ? 'restored' : 'failed');
  if (!hasStorage || sameOrigin) {
    const written = hasStorage && (await writeTabStorage(tabId, snapshot, { beforePageScripts: false }));
    await navigateAndWait(tabId, snapshot.pageUrl, { until: 'committed', timeoutMs: RETURN_TIMEOUT_MS });
    return { storage: outcome(written), reopened };
  }
  await navigateAndWait(tabId, snapshot.pageUrl, { until: 'committed', timeoutMs: RETURN_TIMEOUT_MS });
  const written = await writeTabStorage(tabId, snapshot, { beforePageScripts: true });
  if (written) await reloadTabs([tabId]);
  return { storage: outcome(written), reopened };
}
