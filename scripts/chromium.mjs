// @ts-check
// Finding Chromium and the flags that load SignOff into it: shared by `npm start`,
// `npm test` and the end-to-end tests.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const INSTALL_HINT = `SignOff needs Chromium and did not find it.
  Install it:      sudo apt-get install chromium
  Or point to it:  CHROME_PATH=/path/to/chrome npm start   (likewise for npm test)`;

/** @returns {string | undefined} */
export function findChromium() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Flags that load an unpacked extension and point test host names at the local
 * test site, trusting its self-signed certificate and nothing else.
 * @param {{ extensionDir: string, profileDir: string, spki: string, headless: boolean }} options
 */
export function chromiumFlags({ extensionDir, profileDir, spki, headless }) {
  return [
    `--user-data-dir=${profileDir}`,
    ...(headless ? ['--headless'] : []),
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Every test host is this machine; names under .invalid do not resolve, as the DNS standard says.
    '--host-resolver-rules=MAP *.invalid ~NOTFOUND, MAP * 127.0.0.1',
    `--ignore-certificate-errors-spki-list=${spki}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-sync',
    '--disable-quic',
    '--disable-dev-shm-usage',
    '--password-store=basic',
    '--use-mock-keychain',
  ];
}
