import { httpUrlOf } from '../site';
import type { SessionSnapshot } from './snapshot';

/**
 * How Undo takes the tab back to its page with its storage. Storage can only
 * be written from a page of its origin: when the tab shows one (the default
 * login page does), the storage goes in before the tab leaves it; otherwise
 * the page opens, gets its storage as soon as it commits, and reloads so that
 * it starts with it. With no storage to put back, the tab just goes back.
 */
export type ReturnSteps = 'navigate' | 'writeThenNavigate' | 'navigateThenWriteAndReload';

export function returnSteps(
  snapshot: Pick<SessionSnapshot, 'origin' | 'localStorage' | 'sessionStorage'>,
  tabUrl: string | undefined,
): ReturnSteps {
  const hasStorage = Object.keys(snapshot.localStorage).length + Object.keys(snapshot.sessionStorage).length > 0;
  if (!hasStorage) return 'navigate';
  const tabOrigin = tabUrl === undefined ? undefined : httpUrlOf(tabUrl)?.origin;
  return tabOrigin === snapshot.origin ? 'writeThenNavigate' : 'navigateThenWriteAndReload';
}
