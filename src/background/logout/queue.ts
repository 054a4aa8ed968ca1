import { createQueue } from '../one-at-a-time';

/**
 * Logouts, resumed logouts and Undo run one at a time: each reads and changes
 * the same sessions and the same Undo snapshot, so an Undo must not put back
 * what a logout that started meanwhile is clearing. A task stuck for a minute
 * no longer holds up the next.
 */
export const oneLogoutAtATime = createQueue({ longestTaskMs: 60_000 });
