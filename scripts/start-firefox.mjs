// @ts-check
// `npm run start:firefox`: install, build dist-firefox/, and open Firefox ESR with SignOff installed on a local demo site.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDependencies, requireFirefox, requirePrograms, run } from './setup.mjs';

// The demo site's HTTPS certificate is made with openssl.
requirePrograms(['openssl'], 'The demo');
requireFirefox();
ensureDependencies();
// SIGNOFF_FIREFOX_DIST opens a build made elsewhere instead, and builds nothing.
const built = process.env.SIGNOFF_FIREFOX_DIST;
if (!built) run('npx', 'vite', 'build', '--mode', 'firefox', '--logLevel', 'warn');
const extensionDir = resolve(built ?? 'dist-firefox');

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`SignOff is built in ${extensionDir}, but there is no display to open Firefox on.
  On a desktop:         run npm run start:firefox from a terminal in your graphical session.
  Over SSH:             connect with X forwarding (ssh -X) and run it again.
  Your own Firefox:     open about:debugging, This Firefox, Load Temporary Add-on…, and pick its manifest.json.
  Only want the tests:  npm test (it needs no display).`);
  process.exit(1);
}

const { startTestSite } = await import('./site/server.mjs');
const { launchFirefox } = await import('./firefox.mjs');
const hosts = ['app.shop.test', 'www.other.test'];
const site = await startTestSite();
const profileDir = mkdtempSync(join(tmpdir(), 'signoff-firefox-demo-'));
const cleanUp = async () => {
  await site.close();
  // The demo profile holds this session's cookies and nothing worth keeping.
  rmSync(profileDir, { recursive: true, force: true });
};

/** @type {import('puppeteer-core').Browser} */
let browser;
try {
  // Allowed in private windows too, so that the demo shows a private window's logout (README, "Private windows").
  browser = await launchFirefox({
    extensionDir,
    hosts,
    headless: false,
    allowPrivateBrowsing: true,
    userDataDir: profileDir,
    // Ctrl+C closes Firefox through `stop` below, so that the profile is removed after it.
    handleSignals: false,
  });
} catch (error) {
  await cleanUp();
  throw error;
}
// BiDi disconnects before Firefox has finished writing its profile: remove the profile once Firefox has exited.
const firefox = browser.process();
const exited = firefox && firefox.exitCode === null ? once(firefox, 'exit') : Promise.resolve();
browser.on('disconnected', async () => {
  await exited;
  await cleanUp();
  process.exit(0);
});
const stop = () => void browser.close();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const pages = hosts.map((host) => `https://${host}:${site.port}/`);
await pinToToolbar(browser);
const [first = await browser.newPage()] = await browser.pages();
await first.goto(pages[0] ?? '');
await (await browser.newPage()).goto(pages[1] ?? '');
await first.bringToFront();
console.log(`Demo site running. Firefox opens with SignOff on the toolbar:
  ${pages[0]}  sign in, then log out with the SignOff button (or Alt+Shift+L)
  ${pages[1]}  a bystander site: it stays signed in
Firefox shows it is under remote control: that is how SignOff was installed and the demo's certificate accepted.
Close Firefox (or press Ctrl+C here) to stop.`);

/**
 * Firefox puts an extension's button in the Extensions menu, not on the
 * toolbar; a first-time user would not find it. The browser window's own
 * script moves it there (BiDi's "chrome" scope, allowed by
 * --remote-allow-system-access). The widget id is Firefox's: the add-on id
 * with every other character than [a-z0-9_-] made "_", then "-browser-action".
 * @param {import('puppeteer-core').Browser} browser
 */
async function pinToToolbar(browser) {
  const { GECKO_ID } = await import('./manifests.mjs');
  const widget = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
  /** @type {{ send(method: string, params: object): Promise<{ result: any }> }} */
  const bidi = /** @type {any} */ (browser).connection;
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [window] = result.contexts;
  if (!window) return;
  await bidi
    .send('script.evaluate', {
      expression: `CustomizableUI.addWidgetToArea(${JSON.stringify(widget)}, CustomizableUI.AREA_NAVBAR)`,
      target: { context: window.context },
      awaitPromise: false,
    })
    // Only a convenience: the button stays reachable in the Extensions menu.
    .catch(() => {});
}
