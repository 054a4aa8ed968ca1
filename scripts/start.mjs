// @ts-check
// `npm start`: install, build, and open Chromium with SignOff loaded on a local demo site.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumFlags } from './chromium.mjs';
import { CHROMIUM_ID } from './manifests.mjs';
import { ensureDependencies, requireChromium, requirePrograms, run } from './setup.mjs';

// The demo site's HTTPS certificate is made with openssl.
requirePrograms(['openssl'], 'The demo');
ensureDependencies();
run('npx', 'vite', 'build', '--logLevel', 'warn');
const chromium = requireChromium();

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`SignOff is built in dist/, but there is no display to open Chromium on.
  On a desktop:         run npm start from a terminal in your graphical session.
  Over SSH:             connect with X forwarding (ssh -X) and run npm start again.
  Any other browser:    load dist/ by hand (see "Load dist/ by hand" in README.md).
  Only want the tests:  npm test (it needs no display).`);
  process.exit(1);
}

const { startTestSite } = await import('./site/server.mjs');
const site = await startTestSite();
const extensionDir = resolve('dist');
const profileDir = mkdtempSync(join(tmpdir(), 'signoff-demo-'));
pinToToolbar(profileDir);

const pages = ['app.shop.test', 'www.other.test'].map((host) => `https://${host}:${site.port}/`);
console.log(`Demo site running. Chromium opens with SignOff pinned to the toolbar:
  ${pages[0]}  sign in, then log out with the SignOff button (or Alt+Shift+L)
  ${pages[1]}  a bystander site: it stays signed in
Close Chromium (or press Ctrl+C here) to stop.`);

const browser = spawn(
  chromium,
  // --test-type hides the warning bar about the host mapping flag, which only this demo browser has.
  [...chromiumFlags({ extensionDir, profileDir, spki: site.spki, headless: false }), '--test-type', ...pages],
  // Chromium's own log lines (D-Bus, GPU) would bury the instructions above.
  { stdio: 'ignore' },
);
const stop = () => browser.kill();
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', async () => {
  await site.close();
  // The demo profile holds this session's cookies and nothing worth keeping.
  rmSync(profileDir, { recursive: true, force: true });
  process.exit(0);
});

/**
 * A preference with SignOff's id (which the manifest's key fixes) pins the
 * toolbar button, so a first-time user sees it.
 * @param {string} profile
 */
function pinToToolbar(profile) {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [CHROMIUM_ID] } }),
  );
}
