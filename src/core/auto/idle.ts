import type { Settings } from '../settings';
import { groupOf, inGroup } from './groups';
import { autoLogoutOf } from './moments';

/** A rule that logs its site out after some minutes without use. */
export interface IdleRule {
  host: string;
  minutes: number;
  group: string[];
}

/**
 * When each idle rule's site was last used, and which one is in use now. Kept
 * in storage, so that it outlives the service worker and the browser.
 */
export interface UseBook {
  /** By rule site: ms since the epoch. */
  lastUsed: Record<string, number>;
  /** The rule site in use at the last check. */
  inUse?: string;
  /** When the book was last brought up to date. */
  checkedAt?: number;
}

/**
 * The longest a site counts as in use without a check since: checks come every
 * minute while the browser runs, so a longer gap is time the browser (or
 * SignOff) was not running, and nobody used the site then.
 */
export const LONGEST_UNSEEN_USE_MS = 150_000;

export function idleRulesOf(settings: Pick<Settings, 'sites'>): IdleRule[] {
  return settings.sites.flatMap((rule) => {
    const minutes = autoLogoutOf(rule).idleMinutes;
    return minutes === undefined ? [] : [{ host: rule.site, minutes, group: groupOf(rule) }];
  });
}

/**
 * The idle rule whose site the user is using: the active tab of a focused
 * window is on it (or a related site), and the user is not idle or locked.
 */
export function ruleInUse(rules: readonly IdleRule[], activeHost: string | undefined): string | undefined {
  if (activeHost === undefined) return undefined;
  return rules.find((rule) => inGroup(activeHost, rule.group))?.host;
}

/**
 * The book brought up to `now`: the site in use at the last check was used
 * until now (or until the browser stopped), the one in use now is used now.
 * A rule seen for the first time starts counting now; rules gone are dropped.
 */
export function recordUse(book: UseBook, rules: readonly IdleRule[], inUse: string | undefined, now: number): UseBook {
  const lastUsed: Record<string, number> = {};
  const usedUntil = Math.min(now, (book.checkedAt ?? now) + LONGEST_UNSEEN_USE_MS);
  for (const { host } of rules) {
    const before = book.lastUsed[host];
    if (host === inUse || before === undefined) lastUsed[host] = now;
    else if (host === book.inUse) lastUsed[host] = Math.max(before, usedUntil);
    else lastUsed[host] = before;
  }
  return { lastUsed, ...(inUse !== undefined ? { inUse } : {}), checkedAt: now };
}

const dueAt = (book: UseBook, rule: IdleRule) =>
  (book.lastUsed[rule.host] ?? Number.POSITIVE_INFINITY) + rule.minutes * 60_000;

/** The rules whose site has gone unused for their minutes, as of the book's last check. */
export function idleDue(book: UseBook, rules: readonly IdleRule[], now: number): IdleRule[] {
  return rules.filter((rule) => rule.host !== book.inUse && dueAt(book, rule) <= now);
}

/** When the next site falls due if nobody uses it, for an alarm; undefined when no rule can fall due. */
export function nextIdleDue(book: UseBook, rules: readonly IdleRule[]): number | undefined {
  const times = rules.filter((rule) => rule.host !== book.inUse).map((rule) => dueAt(book, rule));
  const next = Math.min(...times);
  return Number.isFinite(next) ? next : undefined;
}

/** The book after the site was logged out: its minutes count again from now. */
export function afterIdleLogout(book: UseBook, hosts: readonly string[], now: number): UseBook {
  const lastUsed = { ...book.lastUsed };
  for (const host of hosts) lastUsed[host] = now;
  return { ...book, lastUsed };
}
