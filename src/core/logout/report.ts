import type { DataTypeChoice, OtherTabsAction } from '../settings';
import { hostIsInSite, httpUrlOf } from '../site';
import { type CookieRecord, cookieKey } from './cookies';
import { addressesOf, type LogoutPlan } from './plan';
import type { UndoOffer } from './snapshot';

export const PAGE_STORAGE_TYPES = [
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
] as const;
export type PageStorageType = (typeof PAGE_STORAGE_TYPES)[number];

/** What a page script saw of one frame's storage. */
export interface FrameStorage {
  origin: string;
  /** The top-level site its storage is partitioned under, for frames embedded in another site. */
  partition?: string;
  localStorage: number;
  sessionStorage: number;
  indexedDB: number;
  cacheStorage: number;
  serviceWorkers: number;
}

/** Something of the site that was still there after clearing twice. */
export type Leftover =
  | { kind: 'cookie'; name: string; domain: string; partition?: string }
  | { kind: 'storage'; origin: string; type: PageStorageType; partition?: string };

/** Where the tab ended up. */
export type Landing =
  | { outcome: 'reached'; url: string }
  | { outcome: 'failed'; url: string; error: string }
  | { outcome: 'httpError'; url: string; status: number }
  | { outcome: 'timeout'; url: string }
  | { outcome: 'tabClosed'; url: string }
  /** A logout finished after a restart found the tab on another site by then, and left it there. */
  | { outcome: 'moved'; url: string };

/** What a finished logout did. */
export interface LogoutReport {
  site: string;
  relatedSites: string[];
  /** What was found to clear; unknown for a logout finished after the browser stopped SignOff. */
  found?: { cookies: number; addresses: number; frames: number };
  left: Leftover[];
  otherTabs: { action: OtherTabsAction; count: number };
  landing: Landing;
  /** Things the user should know, such as a logout page that did not load in time. */
  notes: string[];
  undo?: UndoOffer;
  /** Where the logout's time went; for the benchmark (npm run bench), shown to no one. */
  timing?: LogoutTiming;
}

/** The steps of a logout in the background, in order, up to the login page's commit. */
export type LogoutPhase = 'target' | 'survey' | 'freeze' | 'clearing' | 'verification' | 'landing';

export interface LogoutTiming {
  /** When the background began the logout (ms since the epoch, as Date.now counts). */
  startedAt: number;
  /** Milliseconds spent in each phase. */
  phases: Partial<Record<LogoutPhase, number>>;
}

const TYPE_CHOICE: Record<PageStorageType, keyof DataTypeChoice> = {
  localStorage: 'localStorage',
  sessionStorage: 'localStorage',
  indexedDB: 'indexedDB',
  cacheStorage: 'cacheStorage',
  serviceWorkers: 'serviceWorkers',
};

/** What frames hold of the sites: a frame that has gone to another site since the survey holds none of it. */
export function storageOnSites(storage: readonly FrameStorage[], sites: readonly string[]): FrameStorage[] {
  return storage.filter((frame) => {
    const host = httpUrlOf(frame.origin)?.hostname;
    return host !== undefined && sites.some((site) => hostIsInSite(host, site));
  });
}

/** The cookies and stores that are still there, of the types the logout was asked to clear. */
export function leftoversOf(
  cookies: readonly CookieRecord[],
  storage: readonly FrameStorage[],
  clear: DataTypeChoice,
): Leftover[] {
  const left: Leftover[] = [];
  const seen = new Set<string>();
  for (const cookie of clear.cookies ? cookies : []) {
    if (seen.has(cookieKey(cookie))) continue;
    seen.add(cookieKey(cookie));
    const partition = cookie.partitionKey?.topLevelSite;
    left.push({ kind: 'cookie', name: cookie.name, domain: cookie.domain, ...(partition ? { partition } : {}) });
  }
  for (const frame of storage) {
    for (const type of PAGE_STORAGE_TYPES) {
      const key = `${frame.origin} ${frame.partition ?? ''} ${type}`;
      if (!clear[TYPE_CHOICE[type]] || frame[type] === 0 || seen.has(key)) continue;
      seen.add(key);
      left.push({
        kind: 'storage',
        origin: frame.origin,
        type,
        ...(frame.partition ? { partition: frame.partition } : {}),
      });
    }
  }
  return left;
}

/** The report of a logout that cleared by `plan`. */
export function reportOf(
  plan: LogoutPlan,
  done: { partitionedFrames: number; otherTabCount: number } & Pick<LogoutReport, 'left' | 'landing' | 'notes'>,
): LogoutReport {
  return {
    site: plan.site,
    relatedSites: plan.relatedSites,
    found: {
      cookies: plan.cookies.length,
      addresses: addressesOf(plan).length,
      frames: done.partitionedFrames,
    },
    left: done.left,
    otherTabs: { action: plan.otherTabs, count: plan.otherTabs === 'leave' ? 0 : done.otherTabCount },
    landing: done.landing,
    notes: done.notes,
  };
}
