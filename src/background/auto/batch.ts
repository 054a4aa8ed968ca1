import { dequeue, enqueue, type LogoutReason, type QueuedLogout } from '../../core/auto/queue';
import { errorMessage } from '../../core/errors';
import type { SiteOutcome, SitesReport } from '../../core/logout/all-sites';
import { type SitePart, snapshotOfParts } from '../../core/logout/snapshot';
import { siteOfHost } from '../../core/site';
import { armQueueWatchdog, disarmQueueWatchdog } from '../../platform/auto-events';
import { changeQueue, readQueue } from '../../platform/auto-store';
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

const keyOf = (item: Pick<QueuedLogout, 'host' | 'storeId'>) => `${siteOfHost(item.host)} ${item.storeId}`;

/** Logouts that a running batch has taken on: a drain of the queue leaves them to it. */
const claimed = new Set<string>();
/** Batches run one after another; within one, each site's logout waits its turn with every other logout. */
const oneBatchAtATime = createQueue({ longestTaskMs: 10 * 60_000 });
/** When this service worker started: a queued logout from before then was left by a stopped one. */
const workerStartedAt = Date.now();

/** Notes logouts to run, in storage, before anything is cleared. */
export async function queueLogouts(items: readonly QueuedLogout[]): Promise<void> {
  if (items.length > 0) await changeQueue((queue) => enqueue(queue, items));
}

/** Runs every logout waiting in the queue (none taken on by a running batch), as one batch. */
export function drainQueue(): Promise<BatchOutcome | undefined> {
  return oneBatchAtATime(async () => {
    const items = (await readQueue()).filter((item) => !claimed.has(keyOf(item)));
    if (items.length === 0) return undefined;
    return runBatch(items, []);
  });
}

/** Runs these logouts as one batch, whatever else waits: the caller waits for their report. */
export async function runOwnBatch(items: readonly QueuedLogout[], kept: readonly string[]): Promise<BatchOutcome> {
  for (const item of items) claimed.add(keyOf(item));
  try {
    await queueLogouts(items);
    return await oneBatchAtATime(() => runBatch(items, kept));
  } finally {
    for (const item of items) claimed.delete(keyOf(item));
  }
}

/**
 * Logs out of each site in turn, each taken off the queue once done or failed,
 * and offers one Undo for all of them.
 */
async function runBatch(items: readonly QueuedLogout[], kept: readonly string[]): Promise<BatchOutcome> {
  await armQueueWatchdog();
  try {
    return await logOutOfEach(items, kept);
  } finally {
    await disarmQueueWatchdog();
  }
}

async function logOutOfEach(items: readonly QueuedLogout[], kept: readonly string[]): Promise<BatchOutcome> {
  const loggedOut: SiteOutcome[] = [];
  const failed: SitesReport['failed'] = [];
  const parts: SitePart[] = [];
  for (const item of items) {
    try {
      const done = await oneLogoutAtATime(() => logOutOfSite(item));
      loggedOut.push(done.outcome);
      parts.push(...done.parts);
    } catch (error) {
      failed.push({ site: siteOfHost(item.host), reason: errorMessage(error) });
    }
    await changeQueue((queue) => dequeue(queue, item));
  }
  const snapshot = snapshotOfParts(parts, crypto.randomUUID());
  const undo = snapshot ? await oneLogoutAtATime(() => offerUndo(snapshot)) : {};
  return {
    report: { loggedOut, kept: [...kept], failed, ...(undo.offer ? { undo: undo.offer } : {}) },
    reasons: [...new Set(items.map((item) => item.reason))],
    resumed: items.some((item) => item.queuedAt < workerStartedAt),
  };
}
