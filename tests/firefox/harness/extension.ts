import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { inExtension, openOptionsIn, type Session, waitFor } from './browser';
import { readStorage, type SeedOptions, type StorageSnapshot, seeded, seedPath } from './data';

export interface TabInfo {
  id: number;
  windowId: number;
  incognito: boolean;
  /** `firefox-default`, `firefox-private` or `firefox-container-N`. */
  cookieStoreId: string;
}

/**
 * The browser's tab behind a puppeteer page, as SignOff sees it. BiDi's ids
 * are not tab ids, and two tabs may show the same address (one per
 * container): the page is told apart by a unique title for a moment.
 */
export async function tabOf(session: Session, page: Page): Promise<TabInfo> {
  const mark = `signoff-test-${Math.random().toString(36).slice(2)}`;
  const title = await page.evaluate((text) => {
    const before = document.title;
    document.title = text;
    return before;
  }, mark);
  try {
    let found: TabInfo[] = [];
    await waitFor(async () => {
      found = await inExtension(
        session,
        async (api, text) =>
          (await api.tabs.query({})).flatMap((tab) =>
            tab.title === text && tab.id !== undefined
              ? [
                  {
                    id: tab.id,
                    windowId: tab.windowId ?? -1,
                    incognito: tab.incognito,
                    cookieStoreId: tab.cookieStoreId ?? '',
                  },
                ]
              : [],
          ),
        mark,
      );
      return found.length > 0;
    }, `the tab of ${page.url()}`);
    if (found.length !== 1) throw new Error(`${found.length} tabs for ${page.url()}`);
    return found[0] as TabInfo;
  } finally {
    await page.evaluate((text) => {
      document.title = text;
    }, title);
  }
}

/**
 * Sends a message to SignOff's background from its own page (the only sender
 * it answers), resolving with the answer or the refusal's text.
 */
export function sendToSignOff(
  session: Session,
  message: { type: string; payload: unknown },
): Promise<{ answer?: unknown; refused?: string }> {
  return inExtension(
    session,
    async (api, sent) => {
      try {
        return { answer: await api.runtime.sendMessage(sent) };
      } catch (error) {
        return { refused: String(error) };
      }
    },
    message,
  );
}

/** The report SignOff answers a logout with; only what the tests read of it. */
export interface LogoutAnswer {
  site: string;
  left: unknown[];
  landing: unknown;
  notes: string[];
}

/** Logs the page's tab out with the message the popup sends, and returns SignOff's report. */
export async function logOutByMessage(session: Session, page: Page, site: string): Promise<LogoutAnswer> {
  const { id } = await tabOf(session, page);
  const { answer, refused } = await sendToSignOff(session, { type: 'logout', payload: { tabId: id, site } });
  if (refused !== undefined) throw new Error(`SignOff refused the logout: ${refused}`);
  return answer as LogoutAnswer;
}

export function badgeOf(session: Session, tabId: number): Promise<string> {
  return inExtension(session, (api, id) => api.action.getBadgeText({ tabId: id }), tabId);
}

export function notificationIds(session: Session): Promise<string[]> {
  return inExtension(session, async (api) => Object.keys(await api.notifications.getAll()));
}

/** SignOff's options page, in a new tab. */
export function openOptions(session: Session): Promise<Page> {
  return openOptionsIn(session.browser);
}

/**
 * Chooses a file in the options page's import control, as a user would. The
 * control is found by its label, "Import…", which gives it its accessible
 * name: Firefox's BiDi accessibility locator (puppeteer's `::-p-aria`) does
 * not find a file input by that name (measured on ESR 153). The file stays on
 * disk until the session ends: the page reads it after the change event, and
 * a file removed before that is never imported (measured: no result at all).
 */
export async function importSettingsFile(
  session: Session,
  options: Page,
  contents: string,
  name = 'signoff-settings.json',
): Promise<void> {
  const input = await options.waitForFunction(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].find((candidate) =>
      [...(candidate.labels ?? [])].some((label) => label.textContent?.trim() === 'Import…'),
    ),
  );
  const path = join(mkdtempSync(join(session.scratchDir, 'import-')), name);
  writeFileSync(path, contents);
  await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
}

/** The status lines the page shows now. */
export function statusTexts(page: Page): Promise<string[]> {
  return page.$$eval('[role=status]', (all) => all.map((status) => (status as HTMLElement).innerText));
}

/** Imports rules through the options page, as a user does, and returns that page. */
export async function importRules(session: Session, sites: unknown[]): Promise<Page> {
  const options = await openOptions(session);
  await importSettingsFile(session, options, JSON.stringify({ version: 1, sites }));
  await waitFor(
    async () => (await statusTexts(options)).some((text) => text.includes(`Imported ${sites.length} rule`)),
    'the import to be confirmed',
  ).catch(async (error: Error) => {
    throw new Error(`${error.message}; the page says: ${await options.evaluate(() => document.body.innerText)}`);
  });
  return options;
}

/**
 * Opens a private window on `url` and returns its page. BiDi cannot open a
 * private window, but SignOff, allowed in private windows, can: `windows.create`
 * with `incognito: true`. BiDi then lists the window's tab like any other.
 */
export async function openPrivateWindow(session: Session, url: string): Promise<Page> {
  return pageOpenedBy(session, url, async () => {
    const window = await inExtension(
      session,
      (api, address) => api.windows.create({ incognito: true, url: address }),
      url,
    );
    if (!window.incognito) throw new Error('Firefox opened a regular window: is SignOff allowed in private windows?');
  });
}

/**
 * Opens a tab on `url` in a given window. Puppeteer's `newPage()` opens it in
 * the window used last, which may be a private one.
 */
export function openTabIn(session: Session, windowId: number, url: string): Promise<Page> {
  return pageOpenedBy(session, url, async () => {
    await inExtension(session, (api, tab) => api.tabs.create(tab), { windowId, url });
  });
}

/** Reads an origin's storage from a fresh tab in a given window (see openTabIn). */
export async function readStorageInWindow(session: Session, windowId: number, host: string): Promise<StorageSnapshot> {
  const page = await openTabIn(session, windowId, session.url(host, '/inspect'));
  try {
    await page.waitForFunction(() => document.readyState === 'complete');
    return await readStorage(page);
  } finally {
    await page.close();
  }
}

/** The page of the tab that `open` opens on `url`. */
async function pageOpenedBy(session: Session, url: string, open: () => Promise<void>): Promise<Page> {
  const known = new Set(await session.browser.pages());
  await open();
  let page: Page | undefined;
  await waitFor(async () => {
    page = (await session.browser.pages()).find((candidate) => !known.has(candidate) && candidate.url() === url);
    return page !== undefined;
  }, `a tab on ${url}`);
  return page as Page;
}

/** Opens a private window on the test site's seed page of `host` and waits until it has signed in. */
export async function seedPrivate(
  session: Session,
  host: string,
  options: Omit<SeedOptions, 'context'> = {},
): Promise<Page> {
  const page = await openPrivateWindow(session, session.url(host, seedPath(options)));
  await seeded(page);
  return page;
}
