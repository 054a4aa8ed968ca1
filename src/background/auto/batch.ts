import { placesOf } from '../../core/auto/groups';
import { dequeue, enqueue, type LogoutReason, markStarted, type QueuedLogout } from '../../core/auto/queue';
import { stillDue } from '../../core/auto/still-due';
import { errorMessage } from '../../core/errors';
import type { SiteOutcome, SitesReport } from '../../core/logout/all-sites';
import { type SitePart, snapshotOfParts } from '../../core/logout/snapshot';
import { siteOfHost } from '../../core/site';
import { openTabAddresses } from '../../platform/auto-events';
import { changeQueue, readQueue } from '../../platform/auto-store';
import { cookieStoreIds } from '../../platform/cookie-stores';
import { currentSettings } from '../../platform/settings-store';
import { armQueueWatchdog, disarmQueueWatchdog } from '../../platform/watchdog';
import { oneLogoutAtATime } from '../logout/queue';
import { logOutOfSite } from '../logout/site-logout';
import { offerUndo } from '../logout/undo';
import { createQueue } from '../one-at-a-time';

/** What a batch of logouts did, and why they ran. */
export interface BatchOutcome {
  report: SitesReport;
  reasons: LogoutReason[];
  /** Some of the logouts were left by a SignOff that was stopped (the browser closed or crashed). */
  resumed: boolean;
}

export type LogoutRequest = Omit<QueuedLogout, 'id' | 'started'>;

/** Logouts that a running batch has taken on, by id: a drain of the queue leaves them to it. */
const claimed = new Set<string>();
/** Batches run one after another; within one, each site's logout waits its turn with every other logout. */
const oneBatchAtATime = createQueue({ longestTaskMs: 10 * 60_000 });
/** When this service worker started: a queued logout from before then was left by a stopped one. */
const workerStartedAt = Date.now();

/** Notes logouts to run, in storage, before anything is cleared; returns them as queued. */
export async function queueLogouts(requests: readonly LogoutRequest[]): Promise<QueuedLogout[]> {
  const items = requests.map((request) => ({ ...request, id: crypto.randomUUID() }));
  if (items.length > 0) await changeQueue((queue) => enqueue(queue, items));
  return items;
}

/** Runs every logout waiting in the queue (none taken on by a running batch), as one batch. */
export function drainQueue(): Promise<BatchOutcome | undefined> {
  return oneBatchAtATime(async () => {
    const items = (await readQueue()).filter((item) => !claimed.has(item.id));
    if (items.length === 0) return undefined;
    return runClaimed(items, [], true);
  });
}

/** Runs these logouts as one batch, whatever else waits: the caller waits for their report. */
export async function runOwnBatch(requests: readonly LogoutRequest[], kept: readonly string[]): Promise<BatchOutcome> {
  const items = await queueLogouts(requests);
  for (const item of items) claimed.add(item.id);
  return oneBatchAtATime(() => runClaimed(items, kept, false));
}

async function runClaimed(items: readonly QueuedLogout[], kept: readonly string[], check: boolean) {
  for (const item of items) claimed.add(item.id);
  await armQueueWatchdog();
  try {
    await changeQueue((queue) =>
      markStarted(
        queue,
        items.map((item) => item.id),
      ),
    );
    return await logOutOfEach(items, kept, check);
  } finally {
    for (const item of items) claimed.delete(item.id);
    await disarmQueueWatchdog();
  }
}

/**
 * Logs out of each site in turn, each taken off the queue once done, failed
 * or no longer due (`check`: automatic logouts that may have waited), and
 * offers one Undo for all of them.
 */
async function logOutOfEach(items: readonly QueuedLogout[], kept: readonly string[], check: boolean) {
  const loggedOut: SiteOutcome[] = [];
  const failed: SitesReport['failed'] = [];
  const parts: SitePart[] = [];
  for (const item of items) {
    try {
      if (!check || (await isStillDue(item))) {
        const done = await oneLogoutAtATime(() => logOutOfSite(item));
        loggedOut.push(done.outcome);
        parts.push(...done.parts);
      }
    } catch (error) {
      failed.push({ site: siteOfHost(item.host), reason: errorMessage(error) });
    }
    await changeQueue((queue) => dequeue(queue, item));
  }
  const snapshot = snapshotOfParts(parts, crypto.randomUUID());
  const undo = snapshot ? await oneLogoutAtATime(() => offerUndo(snapshot)) : {};
  const report: SitesReport = {
    loggedOut,
    kept: [...kept],
    failed,
    ...(undo.offer ? { undo: undo.offer } : {}),
    ...(undo.note ? { notes: [undo.note] } : {}),
  };
  return {
    report,
    reasons: [...new Set(items.map((item) => item.reason))],
    resumed: items.some((item) => item.queuedAt < workerStartedAt),
  };
}

/** The rule still says so, the site is still closed, and its cookie store still exists (a private one goes with its last window). */
async function isStillDue(item: QueuedLogout): Promise<boolean> {
  const [{ settings }, tabs, stores] = await Promise.all([currentSettings(), openTabAddresses(), cookieStoreIds()]);
  return stores.includes(item.storeId) && stillDue(item, settings, placesOf(tabs));
}
