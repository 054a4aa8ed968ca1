import * as v from 'valibot';

/** Why several sites are logged out at once, with nobody pressing Log out on them. */
export const LOGOUT_REASONS = ['lastTabClosed', 'idle', 'startup', 'all'] as const;
export type LogoutReason = (typeof LOGOUT_REASONS)[number];

/**
 * A logout waiting to run (or running). The queue is kept in storage, not in
 * memory: a service worker stopped meanwhile, or a browser that crashed,
 * finds it there when it runs again.
 */
export const QueuedLogoutSchema = v.object({
  id: v.string(),
  /** Set once a batch has begun it: a request that comes meanwhile is queued anew, not merged into it. */
  started: v.optional(v.boolean()),
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

/** The queue as stored: an item this version cannot read (a newer SignOff's) is left out, not the whole queue. */
export const QueueSchema = v.pipe(
  v.array(v.unknown()),
  v.transform((items) =>
    items.flatMap((item) => {
      const parsed = v.safeParse(QueuedLogoutSchema, item);
      return parsed.success ? [parsed.output] : [];
    }),
  ),
);

/** A queued logout as a request: the same one twice waits once. */
const requestOf = ({ host, storeId, reason, sendTabs, spare, origins }: QueuedLogout) =>
  JSON.stringify([host, storeId, reason, sendTabs, spare ?? [], origins ?? []]);

/** The queue with the new logouts at its end; one already waiting, and not begun, is not queued twice. */
export function enqueue(queue: readonly QueuedLogout[], items: readonly QueuedLogout[]): QueuedLogout[] {
  const waiting = new Set(queue.filter((item) => !item.started).map(requestOf));
  const added = items.filter((item) => {
    if (waiting.has(requestOf(item))) return false;
    waiting.add(requestOf(item));
    return true;
  });
  return [...queue, ...added];
}

/** The queue with these logouts marked as begun. */
export function markStarted(queue: readonly QueuedLogout[], ids: readonly string[]): QueuedLogout[] {
  return queue.map((item) => (ids.includes(item.id) ? { ...item, started: true } : item));
}

/** The queue without the logout that has run. */
export function dequeue(queue: readonly QueuedLogout[], done: Pick<QueuedLogout, 'id'>): QueuedLogout[] {
  return queue.filter((item) => item.id !== done.id);
}
