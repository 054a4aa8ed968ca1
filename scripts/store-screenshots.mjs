// @ts-check
// `npm run store:screenshots`: the store listings' pictures, 1280x800, of the built extension on the demo site,
// in real Chromium, written to store/screenshots/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags } from './chromium.mjs';
import { ensureDependencies, requireChromium, requirePrograms, run } from './setup.mjs';

const OUT = 'store/screenshots';
const SIZE = { width: 1280, height: 800 };
/** The page's size in the picture, beside the popup or alone: shown at its own size, its text stays readable. */
const BESIDE_POPUP = { width: 820, height: 512 };
const ALONE = { width: 960, height: 600 };
// A fixed port: the popup's result names the page the tab landed on, port included.
const PORT = 47_444;
/** The options page's example rules: any sites will do, nothing is visited. */
const EXAMPLE_RULES = [
  {
    site: 'example.com',
    loginUrl: 'https://example.com/login',
    logoutUrl: 'https://example.com/logout',
    relatedSites: ['sso.example.net'],
  },
  { site: 'example.org', otherTabs: 'close', clear: { indexedDB: false } },
];

requirePrograms(['openssl'], 'The demo site');
ensureDependencies();
run('npx', 'vite', 'build', '--logLevel', 'warn');
const executablePath = requireChromium();

const { startTestSite } = await import('./site/server.mjs');
const site = await startTestSite({ port: PORT });
const profileDir = mkdtempSync(join(tmpdir(), 'signoff-store-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath,
  // Playwright's own defaults turn extensions off (see tests/e2e/harness/browser.ts).
  ignoreDefaultArgs: true,
  args: [
    ...chromiumFlags({ extensionDir: resolve('dist'), profileDir, spki: site.spki, headless: true }),
    '--remote-debugging-pipe',
    '--remote-debugging-port=0',
    'about:blank',
  ],
  viewport: SIZE,
  colorScheme: 'light',
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extension = `chrome-extension://${new URL(worker.url()).host}`;
  const pictures = await takePictures(worker, extension);
  // Composed only now: a new tab would close the popup, as it does when a user switches tabs.
  mkdirSync(OUT, { recursive: true });
  for (const picture of pictures) await compose(picture);
  console.log(`✓ ${OUT}/: ${pictures.map((picture) => `${picture.name}.png`).join(', ')}`);
} finally {
  await context.close();
  await site.close();
  rmSync(profileDir, { recursive: true, force: true });
}

/**
 * @typedef {{ name: string, title: string, detail: string, page: Buffer, popup?: Buffer }} Picture
 * @param {import('playwright-core').Worker} worker @param {string} extension the extension's origin
 * @returns {Promise<Picture[]>}
 */
async function takePictures(worker, extension) {
  const tab = await context.newPage();
  await tab.setViewportSize(BESIDE_POPUP);
  await tab.goto(`https://app.shop.test:${PORT}/`);
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.getByRole('heading', { name: /Signed in/ }).waitFor();
  const popup = await openPopup(worker, `${extension}/src/popup/index.html`);
  const logOut = popup.getByRole('button', { name: 'Log out of shop.test' });
  await logOut.waitFor();
  await popup.locator('.shortcut').waitFor();
  // What is stored is counted just after Log out is ready.
  await popup.locator('.facts dd[title]').waitFor();
  const before = { page: await tab.screenshot(), popup: await popup.screenshot() };

  await logOut.click();
  await popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' }).waitFor();
  await tab.getByText('You are signed out.').waitFor();
  const after = { page: await tab.screenshot(), popup: await popup.screenshot() };

  const options = await context.newPage();
  await options.setViewportSize(ALONE);
  await options.goto(`${extension}/src/options/index.html`);
  await options.getByLabel(/Import/).setInputFiles({
    name: 'signoff-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 1, sites: EXAMPLE_RULES })),
  });
  await options.getByRole('status').filter({ hasText: 'Imported 2 rules' }).waitFor();
  await options.evaluate(() => window.scrollTo(0, 0));
  return [
    {
      name: '1-log-out',
      title: 'Log out of this site in one click',
      detail: 'Every cookie and all saved data of shop.test, and of no other site; then its login page.',
      ...before,
    },
    {
      name: '2-undo',
      title: 'Changed your mind? Undo, for ten seconds',
      detail: 'SignOff says what it cleared and where the tab is now, and can put it all back.',
      ...after,
    },
    {
      name: '3-site-rules',
      title: 'Rules for each site',
      detail: "The login page, the site's own logout address, related sites, what to clear, the other tabs.",
      page: await options.screenshot(),
    },
  ];
}

/**
 * Opens the real toolbar popup and returns it as a page. Playwright lists
 * only pages that exist when it connects, so it connects once the popup is there.
 * @param {import('playwright-core').Worker} worker @param {string} url
 */
async function openPopup(worker, url) {
  await worker.evaluate(() => chrome.action.openPopup());
  const [port] = readFileSync(join(profileDir, 'DevToolsActivePort'), 'utf8').split('\n');
  for (let tries = 0; tries < 100; tries++) {
    const connection = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = connection
      .contexts()
      .flatMap((each) => each.pages())
      .find((page) => page.url() === url);
    if (popup) return popup;
    await connection.close();
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('The SignOff popup did not open');
}

/**
 * One store picture: the page as a card, the popup beside it, and a caption.
 * @param {Picture} picture
 */
async function compose({ name, title, detail, page, popup }) {
  const image = (/** @type {Buffer} */ png) => `data:image/png;base64,${png.toString('base64')}`;
  const canvas = await context.newPage();
  await canvas.setContent(`<!doctype html>
<style>
  body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; overflow: hidden; box-sizing: border-box;
    padding: 40px; background: #e9edf5; color: #1f2a44; font-family: system-ui, sans-serif;
    display: grid; grid-template-columns: auto 1fr; gap: 28px 24px; align-content: start; }
  img { border-radius: 10px; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); }
  .page { ${popup ? '' : 'grid-column: 1 / -1; justify-self: center;'} }
  .popup { justify-self: start; align-self: start; }
  .caption { grid-column: 1 / -1; ${popup ? '' : 'justify-self: center; text-align: center;'} }
  h1 { margin: 0 0 8px; font-size: 34px; }
  p { margin: 0; font-size: 21px; }
</style>
<img class="page" src="${image(page)}" alt="">
${popup ? `<img class="popup" src="${image(popup)}" alt="">` : ''}
<div class="caption"><h1>${title}</h1><p>${detail}</p></div>`);
  await canvas.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
  await canvas.close();
}
