// @ts-check
// What a store zip must hold, and must not: checked on the zip's own listing, so it says what the stores will see.
import { strFromU8 } from 'fflate';
import { unzipFiles } from './zip.mjs';

/** @typedef {{ entries: string[], manifest: Record<string, any> | undefined }} Listing */

const SOURCE_MAP = /\.map$/;
const TEST_FILE = /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/;
const LOCALE_FILE = /^_locales\/[^/]+\/messages\.json$/;

/** @param {Uint8Array} zip @returns {Listing} its file names, and its top-level manifest.json parsed */
export function listingOf(zip) {
  const files = unzipFiles(zip);
  const manifest = files['manifest.json'];
  return { entries: Object.keys(files), manifest: manifest && JSON.parse(strFromU8(manifest)) };
}

/** @param {string[]} paths @returns {string[]} the locale files among them */
export function localeFiles(paths) {
  return paths.filter((path) => LOCALE_FILE.test(path));
}

/**
 * What is wrong with an extension's zip, one line each; none when it can ship.
 * @param {Listing} zip
 * @param {{ version: string, locales: string[] }} expected package.json's version,
 *   and the locale files the build wrote (see localeFiles)
 * @returns {string[]}
 */
export function extensionZipProblems({ entries, manifest }, { version, locales }) {
  if (!manifest) return [noManifest(entries)];
  const has = new Set(entries);
  const missing = (/** @type {string} */ path) => !has.has(path);
  return [
    ...(manifest.version === version ? [] : [`its version is ${manifest.version}, package.json's is ${version}`]),
    ...('key' in manifest ? ['its manifest has a "key", which the stores refuse'] : []),
    ...entries.filter((path) => SOURCE_MAP.test(path)).map((path) => `a source map: ${path}`),
    ...entries.filter((path) => TEST_FILE.test(path)).map((path) => `a test file: ${path}`),
    ...entries.filter(isReservedName).map((path) => `a name browsers reserve (it starts with _): ${path}`),
    ...requiredLocales(manifest, locales)
      .filter(missing)
      .map((path) => `no ${path}`),
    ...filesNamedBy(manifest)
      .filter(missing)
      .map((path) => `no ${path}, which the manifest names`),
  ];
}

/** @param {string[]} entries */
function noManifest(entries) {
  const nested = entries.find((path) => path.endsWith('/manifest.json'));
  return nested
    ? `manifest.json is at ${nested}, not at the top: zip the folder's contents, not the folder`
    : 'no manifest.json';
}

/** Chromium refuses to load an extension with a file or folder whose name starts with _, but _locales. */
function isReservedName(/** @type {string} */ path) {
  return path.split('/').some((part, index) => part.startsWith('_') && !(index === 0 && part === '_locales'));
}

/**
 * Every locale the build wrote; with a default_locale, that locale's and
 * English, the language of the store listings, whatever the build wrote.
 * @param {Record<string, any>} manifest @param {string[]} built
 */
function requiredLocales(manifest, built) {
  const named = manifest.default_locale ? [manifest.default_locale, 'en'] : [];
  return [...new Set([...built, ...named.map((locale) => `_locales/${locale}/messages.json`)])];
}

/** The files a manifest points to: icons, pages, background scripts. @param {Record<string, any>} manifest */
function filesNamedBy(manifest) {
  const { icons, action, options_ui: options, background } = manifest;
  return [
    ...Object.values(icons ?? {}),
    ...Object.values(action?.default_icon ?? {}),
    action?.default_popup,
    options?.page,
    background?.service_worker,
    ...(background?.scripts ?? []),
  ].filter((path) => typeof path === 'string');
}

/** What a source archive needs to rebuild the extensions, and what it must leave out. */
const SOURCE_NEEDS = ['README.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts'];
const NOT_SOURCE = /^(node_modules|dist|dist-firefox|release|\.tmp)\//;

/**
 * What is wrong with the source archive that addons.mozilla.org asks for; none when it can ship.
 * @param {string[]} entries
 * @returns {string[]}
 */
export function sourceZipProblems(entries) {
  return [
    ...SOURCE_NEEDS.filter((path) => !entries.includes(path)).map((path) => `no ${path}`),
    ...entries.filter((path) => NOT_SOURCE.test(path)).map((path) => `not source: ${path}`),
  ];
}
