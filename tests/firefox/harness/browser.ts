import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { EXTENSION_ORIGIN, launchFirefox } from '../../../scripts/firefox.mjs';
import { BYSTANDER_SITES, startTestSite } from '../../../scripts/site/server.mjs';
import { startXvfb } from '../../e2e/harness/keys';

/** The built Firefox extension under test; SIGNOFF_FIREFOX_DIST points elsewhere to test another build. */
export const FIREFOX_DIST = resolve(process.env.SIGNOFF_FIREFOX_DIST ?? 'dist-firefox');

export type TestSite = Awaited<ReturnType<typeof startTestSite>>;

/** Bystander sites the tests sign in to: `www.site1.test` … */
export const BYSTANDER_HOSTS = BYSTANDER_SITES.map((site) => `www.${site}`);

/**
 * Every host the tests load. Firefox's `network.dns.localDomains` takes exact
 * names, so a host missing here fails to resolve.
 */
export const TEST_HOSTS = [
  'app.shop.test',
  'www.shop.test',
  'accounts.shop.test',
  'widget.tracker.test',
  'www.other.test',
  'sso.idp.test',
  'www.idp.test',
  ...BYSTANDER_HOSTS,
];

export interface Session {
  browser: Browser;
  /**
   * An options page of SignOff's, kept open for the whole session: the tests
   * call extension APIs from it. Firefox's background is an event page, which
   * BiDi cannot reach; SignOff answers messages from its own pages only.
   */
  control: Page;
  site: TestSite;
  /** The X display of a headed browser, for real key presses. */
  display?: string;
  /** A folder for files the browser reads (settings files to import), removed with the session. */
  scratchDir: string;
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export interface SessionOptions {
  headed?: boolean;
  /** Installs SignOff allowed in private windows (see launchFirefox for how). */
  allowPrivateBrowsing?: boolean;
}

/** Real Firefox ESR with the built extension installed, and the local multi-host test site. */
export async function launchWithExtension(options: SessionOptions = {}): Promise<Session> {
  const display = options.headed ? await startXvfb() : undefined;
  const site = await startTestSite();
  const scratchDir = mkdtempSync(join(tmpdir(), 'signoff-firefox-'));
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await site.close();
    display?.stop();
    rmSync(scratchDir, { recursive: true, force: true });
  };
  try {
    browser = await launchFirefox({
      extensionDir: FIREFOX_DIST,
      hosts: TEST_HOSTS,
      headless: !display,
      allowPrivateBrowsing: options.allowPrivateBrowsing ?? false,
      ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
      // Firefox hands notifications to the desktop's notification service, which a bare X server has
      // none of: each one is closed at once, "by the user", and never shown (measured on ESR 153).
      // Firefox's own notification windows show them instead.
      prefs: { 'alerts.useSystemBackend': false },
    });
    return {
      browser,
      control: await openOptionsIn(browser),
      site,
      ...(display ? { display: display.name } : {}),
      scratchDir,
      url: (host, path = '/') => `https://${host}:${site.port}${path}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens one of SignOff's pages in a new tab. Firefox's BiDi never reports the
 * navigation to a moz-extension:// page as done (measured on ESR 153: the
 * page loads, `goto` times out), so this starts it and waits for the page.
 */
export async function openExtensionPage(browser: Browser, path: string, selector: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_ORIGIN}${path}`, { timeout: 1_000 }).catch((error: Error) => {
    if (error.name !== 'TimeoutError') throw error;
  });
  await page.waitForSelector(selector);
  return page;
}

/** SignOff's options page, in a new tab, once it shows its rules. */
export function openOptionsIn(browser: Browser): Promise<Page> {
  return openExtensionPage(browser, '/src/options/index.html', '::-p-text(Site rules)');
}

export async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Waits until the page shows `url` and has loaded it. */
export async function waitForUrl(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(() => page.url() === url, `the tab to reach ${url}`, timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message}; it shows ${page.url()}`);
  });
  await page.waitForFunction(() => document.readyState === 'complete');
}

/**
 * Puts the browser and SignOff back as a test found them: only the control
 * page open (private windows and containers' tabs closed, containers removed,
 * popups closed), no settings, no Undo on offer, no notifications.
 */
export async function resetExtension(session: Session): Promise<void> {
  const { browser, control } = session;
  for (const page of await browser.pages()) if (page !== control) await page.close();
  for (const context of browser.browserContexts())
    if (context !== browser.defaultBrowserContext()) await context.close();
  await inExtension(session, async (api) => {
    for (const popup of api.extension.getViews({ type: 'popup' })) popup.close();
    await Promise.all([api.storage.sync.clear(), api.storage.local.clear(), api.storage.session.clear()]);
    for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
  });
}

/**
 * Runs `fn` in the control page, given SignOff's `browser` namespace: the
 * extension's own view of tabs, cookies and storage. `fn` is sent to the
 * page as source, so it can use only its arguments.
 */
export async function inExtension<T, A = undefined>(
  session: Session,
  fn: (api: ExtensionApi, arg: A) => T | Promise<T>,
  ...[arg]: A extends undefined ? [arg?: A] : [arg: A]
): Promise<Awaited<T>> {
  const api = await session.control.evaluateHandle(() => (globalThis as unknown as { browser: unknown }).browser);
  try {
    return (await session.control.evaluate(fn as never, api, arg)) as Awaited<T>;
  } finally {
    await api.dispose();
  }
}

/**
 * One browser for the tests of a describe block, reset after each test so
 * that every test stands alone and runs in any order.
 */
export function useSession(options: SessionOptions = {}): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launchWithExtension(options);
  });
  afterEach(async () => {
    if (session) await resetExtension(session);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('Firefox did not start');
    return session;
  };
}
