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
 * When each idle rule's site was last used, which ones are in use now, and
 * which were logged out and not used since. Kept in storage, so that it
 * outlives the service worker and the browser.
 */
export interface UseBook {
  /** By rule site: ms since the epoch. */
  lastUsed: Record<string, number>;
  /** The rule sites in use at the last check. */
  inUse?: string[];
  /** Rule sites logged out for going unused, and not used since: nothing is left to log out of. */
  dormant?: string[];
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
 * The idle rules whose site the user is using: the active tab of a focused
 * window is on it (or a related site), and the user is not idle or locked.
 * Several rules can cover one page (mail.example.com and example.com).
 */
export function rulesInUse(rules: readonly IdleRule[], activeHost: string | undefined): string[] {
  if (activeHost === undefined) return [];
  return rules.filter((rule) => inGroup(activeHost, rule.group)).map((rule) => rule.host);
}

/**
 * The book brought up to `now`: the sites in use at the last check were used
 * until now (or until the browser stopped), those in use now are used now and
 * wake from dormancy. A rule seen for the first time starts counting now;
 * rules gone are dropped.
 */
export function recordUse(book: UseBook, rules: readonly IdleRule[], inUse: readonly string[], now: number): UseBook {
  const lastUsed: Record<string, number> = {};
  const usedUntil = Math.min(now, (book.checkedAt ?? now) + LONGEST_UNSEEN_USE_MS);
  for (const { host } of rules) {
    const before = book.lastUsed[host];
    if (inUse.includes(host) || before === undefined) lastUsed[host] = now;
    else if (book.inUse?.includes(host)) lastUsed[host] = Math.max(before, usedUntil);
    else lastUsed[host] = before;
  }
  const dormant = (book.dormant ?? []).filter((host) => host in lastUsed && !inUse.includes(host));
  return {
    lastUsed,
    ...(inUse.length ? { inUse: [...inUse] } : {}),
    ...(dormant.length ? { dormant } : {}),
    checkedAt: now,
  };
}

const waiting = (book: UseBook, rule: IdleRule) =>
  !book.inUse?.includes(rule.host) && !book.dormant?.includes(rule.host);
const dueAt = (book: UseBook, rule: IdleRule) =>
  (book.lastUsed[rule.host] ?? Number.POSITIVE_INFINITY) + rule.minutes * 60_000;

/** The rules whose site has gone unused for their minutes, as of the book's last check. */
export function idleDue(book: UseBook, rules: readonly IdleRule[], now: number): IdleRule[] {
  return rules.filter((rule) => waiting(book, rule) && dueAt(book, rule) <= now);
}

/** When the next site falls due if nobody uses it, for an alarm; undefined when no rule can fall due. */
export function nextIdleDue(book: UseBook, rules: readonly IdleRule[]): number | undefined {
  const times = rules.filter((rule) => waiting(book, rule)).map((rule) => dueAt(book, rule));
  const next = Math.min(...times);
  return Number.isFinite(next) ? next : undefined;
}

/** The book after these sites were logged out: they wait, dormant, until someone uses them again. */
export function afterIdleLogout(book: UseBook, hosts: readonly string[]): UseBook {
  return { ...book, dormant: [...new Set([...(book.dormant ?? []), ...hosts])] };
}
