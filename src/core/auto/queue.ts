import * as v from 'valibot';
import { siteOfHost } from '../site';

/** Why several sites are logged out at once, with nobody pressing Log out on them. */
export const LOGOUT_REASONS = ['lastTabClosed', 'idle', 'startup', 'all'] as const;
export type LogoutReason = (typeof LOGOUT_REASONS)[number];

/**
 * A logout waiting to run (or running). The queue is kept in storage, not in
 * memory: a service worker stopped meanwhile, or a browser that crashed,
 * finds it there when it runs again.
 */
export const QueuedLogoutSchema = v.object({
  /** The rule's site, whose choices apply, or the site itself. */
  host: v.string(),
  storeId: v.string(),
  reason: v.picklist(LOGOUT_REASONS),
  /** The site's open tabs go to its login page (else the rule's choice for other tabs applies). */
  sendTabs: v.boolean(),
  /** Sites the logout must not touch, though the rule names them as related (the keep list). */
  spare: v.optional(v.array(v.string())),
  /** Origins of the site with no tab open now (a closed tab's), whose storage is cleared too. */
  origins: v.optional(v.array(v.string())),
  queuedAt: v.number(),
});
export type QueuedLogout = v.InferOutput<typeof QueuedLogoutSchema>;

export const QueueSchema = v.array(QueuedLogoutSchema);

const keyOf = (item: Pick<QueuedLogout, 'host' | 'storeId'>) => `${siteOfHost(item.host)} ${item.storeId}`;

/** The queue with the new logouts at its end; a site already waiting in the same store waits once. */
export function enqueue(queue: readonly QueuedLogout[], items: readonly QueuedLogout[]): QueuedLogout[] {
  const waiting = new Set(queue.map(keyOf));
  const added = items.filter((item) => {
    if (waiting.has(keyOf(item))) return false;
    waiting.add(keyOf(item));
    return true;
  });
  return [...queue, ...added];
}

/** The queue without the logout that has run. */
export function dequeue(queue: readonly QueuedLogout[], done: QueuedLogout): QueuedLogout[] {
  return queue.filter((item) => keyOf(item) !== keyOf(done));
}
