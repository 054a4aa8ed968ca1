import type { BrowserContext, Frame, Page } from 'puppeteer-core';
import type { Cookies } from 'webextension-polyfill';
import { inExtension, type Session } from './browser';

/** Firefox's cookie stores: the regular one, private windows', and one per container. */
export const DEFAULT_STORE = 'firefox-default';
export const PRIVATE_STORE = 'firefox-private';

export type Cookie = Cookies.Cookie;

/**
 * Every cookie of a cookie store, in every partition, with every field the
 * browser keeps, read through SignOff's own cookies API: it is the one that
 * names each cookie's partition (BiDi's storage.getCookies does not).
 * `partitionKey: {}` asks for all partitions; without it only unpartitioned
 * cookies come back.
 */
export async function cookiesIn(session: Session, storeId = DEFAULT_STORE): Promise<Cookie[]> {
  const cookies = await inExtension(
    session,
    (api, store) => api.cookies.getAll({ partitionKey: {}, storeId: store }),
    storeId,
  );
  return cookies.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * Cookies of a site (by domain), or kept in its partition (third-party frames
 * on its pages); spelled out here so the tests do not trust the code.
 */
export function ofSite(site: string) {
  return (cookie: Pick<Cookie, 'domain' | 'partitionKey'>) => {
    const host = cookie.domain.replace(/^\./, '');
    return host === site || host.endsWith(`.${site}`) || cookie.partitionKey?.topLevelSite === `https://${site}`;
  };
}

/** A short name for each cookie, for messages: `sid@app.shop.test in https://other.test`. */
export function cookieNames(cookies: readonly Cookie[]): string[] {
  return cookies.map((c) => `${c.name}@${c.domain}${c.partitionKey ? ` in ${c.partitionKey.topLevelSite}` : ''}`);
}

export interface StorageSnapshot {
  local: Record<string, string>;
  session: Record<string, string>;
  indexedDB: string[];
  caches: string[];
  serviceWorkers: string[];
}

export const EMPTY_STORAGE: StorageSnapshot = {
  local: {},
  session: {},
  indexedDB: [],
  caches: [],
  serviceWorkers: [],
};

/** What a page (or frame) of an origin sees of its own storage. */
export function readStorage(page: Page | Frame): Promise<StorageSnapshot> {
  return page.evaluate(async () => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '').sort(),
    caches: (await caches.keys()).sort(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
  }));
}

/**
 * Reads an origin's storage from a fresh tab, which creates none of its own.
 * Firefox opens a new tab in the window used last: with a private window
 * open, read the pages you have instead.
 */
export async function readStorageOf(
  session: Session,
  host: string,
  context?: BrowserContext,
): Promise<StorageSnapshot> {
  const page = await (context ?? session.browser).newPage();
  try {
    await page.goto(session.url(host, '/inspect'));
    return await readStorage(page);
  } finally {
    await page.close();
  }
}

export interface SeedOptions {
  parent?: string;
  frames?: string[];
  storageFrames?: string[];
  cookies?: number;
  /** A container (BiDi user context) to sign in in; the regular store without one. */
  context?: BrowserContext;
}

export function seedPath(options: Omit<SeedOptions, 'context'> = {}): string {
  const query = new URLSearchParams();
  if (options.cookies) query.set('cookies', String(options.cookies));
  if (options.parent) query.set('parent', options.parent);
  if (options.frames) query.set('frames', options.frames.join(','));
  if (options.storageFrames) query.set('storageFrames', options.storageFrames.join(','));
  return `/seed?${query}`;
}

/** Opens a tab on the test site's seed page and waits until every cookie and store is written. */
export async function seed(session: Session, host: string, options: SeedOptions = {}): Promise<Page> {
  const page = await (options.context ?? session.browser).newPage();
  await page.goto(session.url(host, seedPath(options)));
  await seeded(page);
  return page;
}

/** Waits for a seed page's cookies and stores, its frames' included. */
export async function seeded(page: Page): Promise<void> {
  await page.waitForFunction(() => 'seedDone' in window);
  await page.evaluate(() => (window as unknown as { seedDone: Promise<string> }).seedDone);
}

/** The frame of `host` in a page. */
export function frameOn(page: Page, host: string): Frame {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).hostname === host);
  if (!frame) throw new Error(`No frame of ${host} in ${page.url()}`);
  return frame;
}
