import type { Frame, Page } from 'playwright-core';
import type { Session } from './browser';

export interface CookieSnapshot {
  name: string;
  value: string;
  domain: string;
  path: string;
  partition: string;
}

/** A cookie with every field the browser keeps, as DevTools shows it. */
export type FullCookie = Awaited<ReturnType<typeof cookieJar>>[number];

/** Every cookie in the browser with all its fields, read over CDP, independently of the extension. */
export async function cookieJar(session: Session) {
  const cdp = await session.context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('No browser-level CDP session');
  try {
    const { cookies } = await cdp.send('Storage.getCookies');
    return cookies.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  } finally {
    await cdp.detach();
  }
}

/** What Undo promises to put back, field by field (the port a cookie came from is not kept by any API). */
export const restorable = ({
  name,
  value,
  domain,
  path,
  expires,
  httpOnly,
  secure,
  session,
  sameSite,
  partitionKey,
}: FullCookie) => ({ name, value, domain, path, expires, httpOnly, secure, session, sameSite, partitionKey });

/** Every cookie in the browser: where it lives and what it holds. */
export async function allCookies(session: Session, _page?: Page): Promise<CookieSnapshot[]> {
  return (await cookieJar(session))
    .map((cookie) => ({
      name: cookie.name,
      value: cookie.value,
      domain: cookie.domain,
      path: cookie.path,
      partition: cookie.partitionKey?.topLevelSite ?? '',
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Cookies of a site (by domain) or kept in its partition; spelled out here so the tests do not trust the code. */
export function ofSite(site: string) {
  return (cookie: { domain: string; partition?: string; partitionKey?: { topLevelSite: string } }) => {
    const host = cookie.domain.replace(/^\./, '');
    const partition = cookie.partition ?? cookie.partitionKey?.topLevelSite ?? '';
    return host === site || host.endsWith(`.${site}`) || partition === `https://${site}`;
  };
}

export interface StorageSnapshot {
  local: Record<string, string>;
  session: Record<string, string>;
  indexedDB: string[];
  caches: string[];
  serviceWorkers: string[];
}

/** What a page of an origin sees of its own storage. */
export function readStorage(page: Page | Frame): Promise<StorageSnapshot> {
  return page.evaluate(async () => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '').sort(),
    caches: (await caches.keys()).sort(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
  }));
}

/** Reads an origin's storage from a fresh tab, which creates none of its own. */
export async function readStorageOf(session: Session, host: string): Promise<StorageSnapshot> {
  const page = await session.context.newPage();
  try {
    await page.goto(session.url(host, '/inspect'));
    return await readStorage(page);
  } finally {
    await page.close();
  }
}

/** Opens a tab on the test site's seed page and waits until every cookie and store is written. */
export async function seed(
  session: Session,
  host: string,
  options: { parent?: string; frames?: string[]; storageFrames?: string[]; cookies?: number } = {},
): Promise<Page> {
  const query = new URLSearchParams();
  if (options.cookies) query.set('cookies', String(options.cookies));
  if (options.parent) query.set('parent', options.parent);
  if (options.frames) query.set('frames', options.frames.join(','));
  if (options.storageFrames) query.set('storageFrames', options.storageFrames.join(','));
  const page = await session.context.newPage();
  await page.goto(session.url(host, `/seed?${query}`));
  await page.evaluate(waitForSeed);
  return page;
}

/** Run in a seed page: resolves once the page has written every cookie and store. */
export function waitForSeed(): Promise<string> {
  return (window as unknown as { seedDone: Promise<string> }).seedDone;
}

export const EMPTY_STORAGE: StorageSnapshot = {
  local: {},
  session: {},
  indexedDB: [],
  caches: [],
  serviceWorkers: [],
};
