import { t } from './i18n';

/**
 * Why a tab has no site to log out of, said for the one case it is in. The
 * popup, the badge, the menu and the notification all show these words.
 */

export const unseenReason = () => t('noSiteUnseen');

export const extensionStoreReason = () => t('noSiteExtensionStore');

const EMPTY_TAB_ADDRESSES = new Set([
  'about:blank',
  'about:newtab',
  'about:home',
  'chrome://newtab/',
  'chrome://new-tab-page/',
  'edge://newtab/',
]);
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'chrome-search:',
  'devtools:',
]);
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'extension:']);

/** The reason for an address that is not http(s). */
export function reasonForScheme(url: URL): string {
  if (EMPTY_TAB_ADDRESSES.has(url.href)) return t('noSiteEmptyTab');
  if (BROWSER_SCHEMES.has(url.protocol)) return t('noSiteBrowserPage');
  if (EXTENSION_SCHEMES.has(url.protocol)) return t('noSiteExtensionPage');
  if (url.protocol === 'file:') return t('noSiteFile');
  return t('noSiteOtherScheme', url.protocol);
}

export function notAWebAddressReason(address: string): string {
  return t('noSiteNotWebAddress', address);
}

export function publicSuffixReason(host: string): string {
  return t('noSitePublicSuffix', host);
}

/** A website SignOff may not read: the user has limited its site access. */
export function noAccessReason(host: string): string {
  return t('noSiteNoAccess', host);
}
