import type { SitePart, StorageOutcome } from '../../core/logout/snapshot';
import { returnSteps } from '../../core/logout/undo-return';
import { navigateAndWait } from '../../platform/navigation';
import { writeTabStorage } from '../../platform/page-scripts';
import { openTab, readTab, reloadTabs } from '../../platform/tabs';

const RETURN_TIMEOUT_MS = 5_000;

/** Sends the tab back to the page it was on, with its own storage put back (see returnSteps); a closed tab is opened again. */
export async function returnTab(snapshot: SitePart): Promise<{ storage: StorageOutcome; reopened: boolean }> {
  const tab = await readTab(snapshot.tabId);
  const steps = returnSteps(snapshot, tab?.url);
  const tabId = tab ? snapshot.tabId : await openTab('about:blank', snapshot.storeId);
  if (tabId === undefined) return { storage: steps === 'navigate' ? 'none' : 'failed', reopened: false };
  const reopened = !tab;
  const back = () => navigateAndWait(tabId, snapshot.pageUrl, { until: 'committed', timeoutMs: RETURN_TIMEOUT_MS });
  if (steps === 'navigate') {
    await back();
    return { storage: 'none', reopened };
  }
  if (steps === 'writeThenNavigate') {
    const written = await writeTabStorage(tabId, snapshot, { beforePageScripts: false });
    await back();
    return { storage: written ? 'restored' : 'failed', reopened };
  }
  await back();
  const written = await writeTabStorage(tabId, snapshot, { beforePageScripts: true });
  if (written) await reloadTabs([tabId]);
  return { storage: written ? 'restored' : 'failed', reopened };
}
