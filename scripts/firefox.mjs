// @ts-check
// Finding Firefox and starting it with SignOff installed: shared by `npm run start:firefox`,
// `npm test` and the Firefox end-to-end tests (tests/firefox).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIREFOX_MIN_VERSION, GECKO_ID } from './manifests.mjs';

const INSTALL = `  Install it:      sudo apt-get install firefox-esr
  Or point to it:  FIREFOX_PATH=/path/to/firefox npm run start:firefox   (likewise for npm test)`;

/** @returns {string | undefined} */
export function findFirefox() {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  return existsSync(path) ? path : undefined;
}

/**
 * Why this machine's Firefox cannot run SignOff (missing, or older than the
 * manifest's strict_min_version), with how to fix it; undefined when it can.
 * @returns {string | undefined}
 */
export function firefoxProblem() {
  const firefox = findFirefox();
  if (!firefox)
    return `SignOff's Firefox build needs Firefox ${FIREFOX_MIN_VERSION} or later, and did not find it.\n${INSTALL}`;
  // "Mozilla Firefox 153.8.0esr"
  const version = /(\d+)\.\d+/.exec(execFileSync(firefox, ['--version']).toString())?.[1];
  if (Number(version) >= Number.parseInt(FIREFOX_MIN_VERSION, 10)) return undefined;
  return `SignOff's Firefox build needs Firefox ${FIREFOX_MIN_VERSION} or later; ${firefox} is ${version}.\n${INSTALL}`;
}

/**
 * The moz-extension:// host SignOff gets in the profiles made here. Firefox
 * gives each add-on a random UUID per profile; the pref
 * `extensions.webextensions.uuids` fixes it, so that SignOff's pages have a
 * known address.
 */
export const EXTENSION_UUID = '5160ff00-51c0-4f0f-a000-000000000001';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/**
 * Starts Firefox over WebDriver BiDi (puppeteer) with a fresh profile and
 * installs SignOff from `extensionDir` as a temporary add-on.
 *
 * - Test host names resolve to this machine through `network.dns.localDomains`:
 *   exact names only (no wildcards), so every host a page loads must be listed.
 * - `acceptInsecureCerts` accepts the local site's self-signed certificate;
 *   pages still count as secure contexts (Secure cookies, Cache Storage work).
 *   Firefox refuses a self-signed certificate imported as a CA.
 * - `--remote-allow-system-access`: without it, BiDi refuses to navigate a tab
 *   to a moz-extension:// page ("Navigation … is not allowed in this context").
 *   It also opens BiDi's "chrome" scope (the browser window's own script).
 * - puppeteer adds the pref `fission.webContentIsolationStrategy: 0` (every
 *   site in one content process, for its input events): Firefox runs with it here.
 * - Private windows (Firefox ESR 153, measured): a temporary add-on is not
 *   allowed in them (`extension.isAllowedIncognitoAccess()` answers false) and
 *   the pref `extensions.allowPrivateBrowsingByDefault` no longer exists.
 *   Firefox's BiDi `webExtension.install` takes `"moz:allowPrivateBrowsing": true`,
 *   which grants it; puppeteer's `installExtension` does not pass it, so the
 *   command goes over puppeteer's BiDi connection.
 *
 * @param {{ extensionDir: string, hosts: readonly string[], headless: boolean,
 *   allowPrivateBrowsing?: boolean, env?: NodeJS.ProcessEnv, userDataDir?: string,
 *   prefs?: Record<string, string | number | boolean>, handleSignals?: boolean }} options
 *   handleSignals: false when the caller closes Firefox on Ctrl+C itself (puppeteer's own
 *   handler kills Firefox and exits the process at once)
 */
export async function launchFirefox({
  extensionDir,
  hosts,
  headless,
  allowPrivateBrowsing = false,
  env,
  userDataDir,
  prefs = {},
  handleSignals = true,
}) {
  const executablePath = findFirefox();
  const problem = firefoxProblem();
  if (!executablePath || problem) throw new Error(problem);
  // Imported here, so that `npm start` and `npm test` can check for Firefox before installing dependencies.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
    ...(env ? { env } : {}),
    ...(userDataDir ? { userDataDir } : {}),
    // No emulated viewport: pages get the window's own size, as users have it.
    defaultViewport: null,
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    /** @type {{ send(method: string, params: object): Promise<unknown> }} */
    const bidi = /** @type {any} */ (browser).connection;
    await bidi.send('webExtension.install', {
      extensionData: { type: 'path', path: resolve(extensionDir) },
      'moz:allowPrivateBrowsing': allowPrivateBrowsing,
    });
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
