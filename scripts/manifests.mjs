// @ts-check
// The manifests the builds ship, made from the one manifest.json: Chromium's
// with package.json's version, and Firefox's from that.

/** SignOff's id in Firefox: fixed, so that policies and stored settings find it on every machine. */
export const GECKO_ID = 'signoff@signoff.dev';

/** SignOff's id in Chromium, which manifest.json's `key` (a public key) fixes for every build not from a store. */
export const CHROMIUM_ID = 'pjbgkkphkjogbnhnafeochmpdohenfah';

/** The oldest Firefox SignOff is tested on (Firefox ESR 153). */
export const FIREFOX_MIN_VERSION = '153.0';

/**
 * The manifest with the version filled in. package.json alone says which
 * version this is, so manifest.json has none that could drift from it.
 * @param {Record<string, any>} manifest the parsed manifest.json
 * @param {string} version package.json's
 * @returns {Record<string, any>}
 */
export function withVersion(manifest, version) {
  return { ...manifest, version };
}

/**
 * Firefox's manifest: an event page (`background.scripts`; Firefox rejects a
 * service worker alone; a classic script, as Chromium's worker is), its own id and minimum version, and a statement that
 * SignOff collects no data. Everything else is the Chromium manifest as is.
 * @param {Record<string, any>} chromium the Chromium manifest (see withVersion)
 * @returns {Record<string, any>}
 */
export function firefoxManifest(chromium) {
  // Chromium alone reads `key` (the id comes from gecko.id) and `storage.managed_schema` (Firefox takes no schema).
  const {
    minimum_chrome_version: _chromeOnly,
    key: _chromiumId,
    storage: _managedSchema,
    background,
    ...shared
  } = chromium;
  return {
    ...shared,
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
}

/**
 * Preact writes raw HTML when a component passes `dangerouslySetInnerHTML`.
 * SignOff never does, so the build replaces that one write with a throw: no
 * code path in the extension can turn text into markup, and addons.mozilla.org's
 * linter, which flags every `innerHTML` write, has nothing to flag. The build
 * fails if Preact's code no longer has the shape this expects.
 * @returns {import('vite').Plugin}
 */
export function withoutRawHtmlWrites() {
  return {
    name: 'signoff:without-raw-html-writes',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      const rewritten = code.replace(
        /\(\w+\.innerHTML=\w+\.__html\)/g,
        '(()=>{throw new Error("SignOff renders no raw HTML")})()',
      );
      if (/\.innerHTML\s*=[^=]/.test(rewritten))
        this.error(`${id} writes innerHTML in a way SignOff's build does not know`);
      return { code: rewritten, map: null };
    },
  };
}

/**
 * The Chromium manifest as the Chrome Web Store takes it: without `key`, which
 * it refuses. The store gives SignOff an id of its own (see README, "For administrators").
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function storeManifest(manifest) {
  const { key: _unpackedId, ...rest } = manifest;
  return rest;
}
