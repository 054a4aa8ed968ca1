import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumFlags, findChromium } from '../../../scripts/chromium.mjs';
import { startTestSite } from '../../../scripts/site/server.mjs';
import { startXvfb } from './keys';

/** The built extension under test; SIGNOFF_DIST points elsewhere to test a second build side by side. */
export const DIST = resolve(process.env.SIGNOFF_DIST ?? 'dist');

export type TestSite = Awaited<ReturnType<typeof startTestSite>>;

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  site: TestSite;
  profileDir: string;
  /** The X display of a headed browser, for real key presses. */
  display?: string;
  /** A second connection over CDP: the only one that sees the toolbar popup. */
  popupConnection?: Browser;
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

/** Real Chromium with the built dist/ loaded, and the local multi-host test site. */
export async function launchWithExtension(
  options: {
    profileDir?: string;
    port?: number;
    headed?: boolean;
    /** More environment for Chromium: `{ LANGUAGE: 'de' }` makes its UI language German on Linux. */
    env?: Record<string, string>;
    /** The browser's font size setting as a multiple of its default (16 px, and 13 px for monospace). */
    textScale?: number;
  } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  const display = options.headed ? await startXvfb() : undefined;
  const site = await startTestSite(options.port ? { port: options.port } : {});
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'signoff-e2e-'));
  if (options.textScale) writeFontSizes(profileDir, options.textScale);
  const env = { ...(display ? { DISPLAY: display.name } : {}), ...options.env };
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Playwright's own defaults turn off storage partitioning and extensions;
    // users have both, so SignOff is tested with a plain browser's flags.
    ignoreDefaultArgs: true,
    ...(Object.keys(env).length > 0 ? { env: { ...process.env, ...env } } : {}),
    args: [
      ...chromiumFlags({ extensionDir: DIST, profileDir, spki: site.spki, headless: !display }),
      '--remote-debugging-pipe',
      '--remote-debugging-port=0',
      'about:blank',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const session: Session = {
    context,
    worker,
    extensionId,
    site,
    profileDir,
    ...(display ? { display: display.name } : {}),
    url: (host, path = '/') => `https://${host}:${site.port}${path}`,
    async close() {
      await session.popupConnection?.close().catch(() => {});
      await context.close();
      await site.close();
      display?.stop();
      // A profile the caller passed in outlives this browser: it is the caller's to remove.
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Sets the font sizes a user picks in the browser's settings (Appearance,
 * Font size), in the profile's preferences, which Chromium reads at launch.
 */
function writeFontSizes(profileDir: string, scale: number) {
  const webprefs = { default_font_size: Math.round(16 * scale), default_fixed_font_size: Math.round(13 * scale) };
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs } }));
}

/**
 * Opens SignOff's real toolbar popup over a tab, as a click on the toolbar
 * button does, and returns it as a page. Playwright does not list popups in
 * its own context, so a second connection over CDP picks it up.
 */
export async function openPopupOver(session: Session, tab: Page): Promise<Page> {
  await tab.bringToFront();
  return openPopupIn(session);
}

/** Opens SignOff's popup in a window (a private one, say), or in the window in front. */
export async function openPopupIn(session: Session, windowId?: number): Promise<Page> {
  const popupUrl = `chrome-extension://${session.extensionId}/src/popup/index.html`;
  const browserCdp = await session.context.browser()?.newBrowserCDPSession();
  if (!browserCdp) throw new Error('No browser-level CDP session');
  const popupTargets = async () => {
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    return targetInfos.filter((target) => target.url === popupUrl);
  };
  // A real popup closes when focus leaves it; a headless one stays until closed.
  for (const open of await popupTargets()) {
    await browserCdp.send('Target.closeTarget', { targetId: open.targetId });
  }
  await session.worker.evaluate((id) => chrome.action.openPopup(id === undefined ? {} : { windowId: id }), windowId);
  await waitFor(async () => (await popupTargets()).length > 0, 'the SignOff popup to open');
  await browserCdp.detach();

  // Playwright lists only pages that exist when it connects, so connect anew.
  await session.popupConnection?.close().catch(() => {});
  const [port] = readFileSync(join(session.profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const connection = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  session.popupConnection = connection;
  let popup: Page | undefined;
  await waitFor(async () => {
    popup = connection
      .contexts()
      .flatMap((context) => context.pages())
      .find((page) => page.url() === popupUrl);
    return popup !== undefined;
  }, 'Playwright to see the popup');
  return popup as Page;
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function openOptions(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/options/index.html`);
  await page.getByRole('heading', { name: 'Site rules' }).waitFor();
  return page;
}

/** Chooses a file in the options page's import control, as a user would. */
export async function importSettingsFile(options: Page, contents: string | Buffer, name = 'signoff-settings.json') {
  await options.getByLabel(/Import/).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof contents === 'string' ? Buffer.from(contents) : contents,
  });
}

/** Logs the tab out through the real popup and waits for the popup to say it is done. */
export async function logOutThroughPopup(session: Session, tab: Page): Promise<Page> {
  const popup = await openPopupOver(session, tab);
  const button = popup.getByRole('button', { name: /^Log out(?! of all sites)/ });
  await button.waitFor();
  await popup.waitForFunction(() => !document.querySelector('button.primary')?.hasAttribute('disabled'));
  await button.click();
  await popup.getByRole('status').filter({ hasText: 'Logged out of' }).waitFor({ timeout: 30_000 });
  return popup;
}

/** Leaves one blank tab, so that no earlier test's page is reloaded by a later logout. */
export async function closeAllTabs(session: Session): Promise<void> {
  const blank = await session.context.newPage();
  for (const page of session.context.pages()) if (page !== blank) await page.close();
}

/**
 * Puts SignOff back as a test found it: no settings, no Undo on offer, no
 * notifications, every tab closed. Run through an extension page, which
 * outlives a stopped service worker.
 */
export async function resetExtension(session: Session): Promise<void> {
  await closeAllTabs(session);
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
  await page.evaluate(async () => {
    await Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.storage.session.clear()]);
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  await page.close();
}

/**
 * One browser for the tests of a describe block, reset after each test so
 * that every test stands alone and runs in any order.
 */
export function useSession(options: Parameters<typeof launchWithExtension>[0] = {}): () => Session {
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
    if (!session) throw new Error('The browser did not start');
    return session;
  };
}
