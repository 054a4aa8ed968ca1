import * as v from 'valibot';
import type { SiteFrame } from '../core/logout/frames';
import type { StorageEntries } from '../core/logout/snapshot';
import type { DataTypeChoice } from '../core/settings';
import { browser } from './browser';
import {
  clearFrameStorage,
  doNothing,
  freezePage,
  navigationStatus,
  readPageStorage,
  writePageStorage,
} from './page-functions';

// What pages answer is checked like any untrusted input: a page controls its own storage.
const Entries = v.record(v.string(), v.string());
const PageStorageResult = v.object({ origin: v.string(), local: Entries, session: Entries });

/**
 * A page that never answers (an alert() open, a busy loop) must not hold a
 * logout up: a script that has not answered by then is given up on.
 */
const PAGE_SCRIPT_TIMEOUT_MS = 2_000;

type Injection = Parameters<typeof browser.scripting.executeScript>[0];
type InjectionResult = Awaited<ReturnType<typeof browser.scripting.executeScript>>[number];

/** Runs a function in pages; a page that cannot be reached or does not answer in time gives no result. */
export function runInPages(injection: Injection): Promise<InjectionResult[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<InjectionResult[]>((resolve) => {
    timer = setTimeout(() => resolve([]), PAGE_SCRIPT_TIMEOUT_MS);
  });
  const run = browser.scripting.executeScript(injection).catch((): InjectionResult[] => []);
  return Promise.race([run, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Freezes these frames in the page's own world (timers stopped, writes
 * ignored) until they navigate or reload, those still on the sites. Only
 * frames of the sites: a single-sign-on provider's page or another site's
 * embed in the same tab keeps running.
 */
export async function freezeFrames(frames: readonly SiteFrame[], sites: readonly string[]): Promise<void> {
  await Promise.all(
    [...framesByTab(frames)].map(([tabId, frameIds]) =>
      runInPages({
        target: { tabId, frameIds },
        world: 'MAIN',
        injectImmediately: true,
        func: freezePage,
        args: [[...sites]],
      }),
    ),
  );
}

/**
 * Makes the isolated world that SignOff's scripts run in, in the tab's page, before a logout needs it. The first
 * script into a page makes it, which took the page some 5 ms (Chromium's tracing, bench/trace-probe.mjs) inside a
 * logout's survey; made when the popup opens, it is there when Log out is pressed.
 */
export async function prepareForScripts(tabId: number): Promise<void> {
  await runInPages({ target: { tabId }, injectImmediately: true, func: doNothing });
}

/** The localStorage and sessionStorage of a tab's page, or undefined where no script may run. */
export async function readTabStorage(
  tabId: number,
): Promise<{ origin: string; localStorage: StorageEntries; sessionStorage: StorageEntries } | undefined> {
  const results = await runInPages({ target: { tabId }, injectImmediately: true, func: readPageStorage });
  const parsed = v.safeParse(PageStorageResult, results[0]?.result);
  if (!parsed.success) return undefined;
  return { origin: parsed.output.origin, localStorage: parsed.output.local, sessionStorage: parsed.output.session };
}

/**
 * Writes saved storage into the tab's page if it is of that origin; true when
 * it did. `beforePageScripts`: as soon as the page commits, not when it has loaded.
 */
export async function writeTabStorage(
  tabId: number,
  saved: { origin: string; localStorage: StorageEntries; sessionStorage: StorageEntries },
  { beforePageScripts }: { beforePageScripts: boolean },
): Promise<boolean> {
  const results = await runInPages({
    target: { tabId },
    injectImmediately: beforePageScripts,
    func: writePageStorage,
    args: [saved.origin, saved.localStorage, saved.sessionStorage],
  });
  return results[0]?.result === true;
}

/** Clears the chosen kinds of storage inside these frames, in those still on the sites. */
export async function clearFrames(
  frames: readonly SiteFrame[],
  sites: readonly string[],
  clear: DataTypeChoice,
): Promise<void> {
  const { localStorage, indexedDB, cacheStorage, serviceWorkers } = clear;
  if (frames.length === 0 || !(localStorage || indexedDB || cacheStorage || serviceWorkers)) return;
  const args = [[...sites], { localStorage, indexedDB, cacheStorage, serviceWorkers }];
  await Promise.all(
    [...framesByTab(frames)].map(([tabId, frameIds]) =>
      runInPages({ target: { tabId, frameIds }, func: clearFrameStorage, args }),
    ),
  );
}

/**
 * The HTTP status of the page now in the tab, or 0 when it cannot be read. Read in the page's own world: making
 * an isolated world in the login page took it some 2 ms (Chromium's tracing) while it loads; just after the
 * commit none of the page's scripts has run yet, and the status only feeds the report.
 */
export async function pageStatus(tabId: number): Promise<number> {
  const results = await runInPages({
    target: { tabId },
    world: 'MAIN',
    injectImmediately: true,
    func: navigationStatus,
  });
  const parsed = v.safeParse(v.number(), results[0]?.result);
  return parsed.success ? parsed.output : 0;
}

export function framesByTab(frames: readonly SiteFrame[]): Map<number, number[]> {
  const byTab = new Map<number, number[]>();
  for (const frame of frames) byTab.set(frame.tabId, [...(byTab.get(frame.tabId) ?? []), frame.frameId]);
  return byTab;
}
