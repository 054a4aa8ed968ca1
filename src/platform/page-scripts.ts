import * as v from 'valibot';
import type { SiteFrame } from '../core/logout/frames';
import type { FrameStorage } from '../core/logout/report';
import type { StorageEntries } from '../core/logout/snapshot';
import type { DataTypeChoice } from '../core/settings';
import { browser } from './browser';
import {
  clearFrameStorage,
  freezePage,
  inspectFrameStorage,
  readPageStorage,
  writePageStorage,
} from './page-functions';

// What pages answer is checked like any untrusted input: a page controls its own storage.
const Entries = v.record(v.string(), v.string());
const PageStorageResult = v.object({ origin: v.string(), local: Entries, session: Entries });
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const FrameStorageResult = v.object({
  origin: v.string(),
  localStorage: Count,
  sessionStorage: Count,
  indexedDB: Count,
  cacheStorage: Count,
  serviceWorkers: Count,
});

/**
 * Freezes every frame of these tabs in the page's own world (timers stopped,
 * writes ignored) until they navigate or reload. A tab that cannot be reached
 * (an error page, a tab closed meanwhile) is skipped.
 */
export async function freezeTabs(tabIds: readonly number[]): Promise<void> {
  await Promise.all(
    tabIds.map((tabId) =>
      browser.scripting
        .executeScript({ target: { tabId, allFrames: true }, world: 'MAIN', injectImmediately: true, func: freezePage })
        .catch(() => undefined),
    ),
  );
}

/** The localStorage and sessionStorage of a tab's page, or undefined where no script may run. */
export async function readTabStorage(
  tabId: number,
): Promise<{ origin: string; localStorage: StorageEntries; sessionStorage: StorageEntries } | undefined> {
  const results = await browser.scripting
    .executeScript({ target: { tabId }, injectImmediately: true, func: readPageStorage })
    .catch(() => []);
  const parsed = v.safeParse(PageStorageResult, results[0]?.result);
  if (!parsed.success) return undefined;
  return { origin: parsed.output.origin, localStorage: parsed.output.local, sessionStorage: parsed.output.session };
}

/** Writes saved storage into the tab's page if it is of that origin; true when it did. */
export async function writeTabStorage(
  tabId: number,
  saved: { origin: string; localStorage: StorageEntries; sessionStorage: StorageEntries },
  { early }: { early: boolean },
): Promise<boolean> {
  const results = await browser.scripting
    .executeScript({
      target: { tabId },
      injectImmediately: early,
      func: writePageStorage,
      args: [saved.origin, saved.localStorage, saved.sessionStorage],
    })
    .catch(() => []);
  return results[0]?.result === true;
}

/** Clears the chosen kinds of storage inside these frames. */
export async function clearFrames(frames: readonly SiteFrame[], clear: DataTypeChoice): Promise<void> {
  const types = {
    localStorage: clear.localStorage,
    indexedDB: clear.indexedDB,
    cacheStorage: clear.cacheStorage,
    serviceWorkers: clear.serviceWorkers,
  };
  await Promise.all(
    [...framesByTab(frames)].map(([tabId, frameIds]) =>
      browser.scripting
        .executeScript({ target: { tabId, frameIds }, func: clearFrameStorage, args: [types] })
        .catch(() => undefined),
    ),
  );
}

/** What each of these frames still holds. */
export async function inspectFrames(frames: readonly SiteFrame[]): Promise<FrameStorage[]> {
  const perTab = await Promise.all(
    [...framesByTab(frames)].map(async ([tabId, frameIds]) => {
      const results = await browser.scripting
        .executeScript({ target: { tabId, frameIds }, func: inspectFrameStorage })
        .catch(() => []);
      return results.flatMap((result) => {
        const parsed = v.safeParse(FrameStorageResult, result.result);
        const partition = frames.find((frame) => frame.tabId === tabId && frame.frameId === result.frameId)?.partition;
        return parsed.success ? [{ ...parsed.output, ...(partition ? { partition } : {}) }] : [];
      });
    }),
  );
  return perTab.flat();
}

function framesByTab(frames: readonly SiteFrame[]): Map<number, number[]> {
  const byTab = new Map<number, number[]>();
  for (const frame of frames) byTab.set(frame.tabId, [...(byTab.get(frame.tabId) ?? []), frame.frameId]);
  return byTab;
}
