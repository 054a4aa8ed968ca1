import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { chromiumFlags, findChromium } from '../../scripts/chromium.mjs';
import { startTestSite } from '../site/server.mjs';

export const DIST = resolve('dist');

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
  options: { profileDir?: string; port?: number; headed?: boolean } = {},
): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set CHROME_PATH');
  const display = options.headed ? await startXvfb() : undefined;
  const site = await startTestSite(options.port ? { port: options.port } : {});
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'signoff-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    // Playwright's own defaults turn off storage partitioning and extensions;
    // users have both, so SignOff is tested with a plain browser's flags.
    ignoreDefaultArgs: true,
    ...(display ? { env: { ...process.env, DISPLAY: display.name } } : {}),
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
 * Opens SignOff's real toolbar popup over a tab, as a click on the toolbar
 * button does, and returns it as a page. Playwright does not list popups in
 * its own context, so a second connection over CDP picks it up.
 */
export async function openPopupOver(session: Session, tab: Page): Promise<Page> {
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
  await tab.bringToFront();
  await session.worker.evaluate(() => chrome.action.openPopup());
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

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export interface CookieSnapshot {
  name: string;
  value: string;
  domain: string;
  path: string;
  partition: string;
}

/** Every cookie in the browser, read over CDP, independently of the extension. */
export async function allCookies(session: Session, page: Page): Promise<CookieSnapshot[]> {
  const cdp: CDPSession = await session.context.newCDPSession(page);
  try {
    const { cookies } = (await cdp.send('Storage.getCookies')) as {
      cookies: Array<{
        name: string;
        value: string;
        domain: string;
        path: string;
        partitionKey?: { topLevelSite: string };
      }>;
    };
    return cookies
      .map((cookie) => ({
        name: cookie.name,
        value: cookie.value,
        domain: cookie.domain,
        path: cookie.path,
        partition: cookie.partitionKey?.topLevelSite ?? '',
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  } finally {
    await cdp.detach();
  }
}

export interface StorageSnapshot {
  local: Record<string, string>;
  session: Record<string, string>;
  indexedDB: string[];
  caches: string[];
  serviceWorkers: string[];
}

/** What a page of an origin sees of its own storage. */
export function readStorage(page: Page): Promise<StorageSnapshot> {
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
  options: { parent?: string; frames?: string[]; storageFrames?: string[] } = {},
): Promise<Page> {
  const query = new URLSearchParams();
  if (options.parent) query.set('parent', options.parent);
  if (options.frames) query.set('frames', options.frames.join(','));
  if (options.storageFrames) query.set('storageFrames', options.storageFrames.join(','));
  const page = await session.context.newPage();
  await page.goto(session.url(host, `/seed?${query}`));
  await page.evaluate(() => (window as unknown as { seedDone: Promise<string> }).seedDone);
  return page;
}

export const EMPTY_STORAGE: StorageSnapshot = {
  local: {},
  session: {},
  indexedDB: [],
  caches: [],
  serviceWorkers: [],
};

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
  const button = popup.getByRole('button', { name: /Log out/ });
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

/** A private X server, so that a headed Chromium gets real key presses. */
async function startXvfb(): Promise<{ name: string; stop: () => void }> {
  // -displayfd: Xvfb picks a free display and writes its number to that descriptor.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}); install it: apt-get install xvfb`)));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}

/** Runs xdotool against the headed session's X display. */
function xdotool(session: Session, args: string[]): string {
  if (!session.display) throw new Error('xdotool needs a headed session');
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: session.display } }).toString();
}

async function focusBrowserWindow(session: Session, tab: Page): Promise<void> {
  await tab.bringToFront();
  const window = xdotool(session, ['search', '--onlyvisible', '--class', 'chromium']).trim().split('\n').at(-1);
  if (!window) throw new Error('No Chromium window to press keys in');
  xdotool(session, ['windowfocus', '--sync', window]);
}

/**
 * Presses keys as a person does, through the X server, into the browser
 * window: the page's synthetic keyboard never reaches browser shortcuts.
 */
export async function pressKeys(session: Session, tab: Page, keys: string[]): Promise<void> {
  await focusBrowserWindow(session, tab);
  for (const key of keys) xdotool(session, ['key', '--clearmodifiers', key]);
}

/** Right-clicks the page with the real mouse, then picks an entry of the browser's menu with keys. */
export async function useContextMenu(session: Session, tab: Page, keys: string[]): Promise<void> {
  await focusBrowserWindow(session, tab);
  xdotool(session, ['mousemove', '400', '400', 'click', '3']);
  await new Promise((done) => setTimeout(done, 500));
  for (const key of keys) xdotool(session, ['key', key]);
}

/**
 * Stops SignOff's service worker, as the browser does when it is idle. The
 * session's `worker` handle is dead afterwards: use it no more.
 */
export async function stopServiceWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const versions = new Map<string, Version>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    for (const version of event.versions) versions.set(version.versionId, version);
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => v.scriptURL.includes(session.extensionId));
  await waitFor(async () => ours().some((v) => v.runningStatus === 'running'), 'the service worker to be listed');
  for (const version of ours()) await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await waitFor(async () => ours().every((v) => v.runningStatus === 'stopped'), 'the service worker to stop');
  await cdp.detach();
}
