/**
 * Why a tab has no site to log out of, said for the one case it is in. The
 * popup, the badge, the menu and the notification all show these words.
 */

export const UNSEEN_REASON = 'Nothing to log out of: SignOff cannot see what this tab shows.';

export const EXTENSION_STORE_REASON =
  'SignOff cannot log out here: browsers do not let extensions act on their extension store.';

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
  if (EMPTY_TAB_ADDRESSES.has(url.href)) return 'Nothing to log out of: this tab is empty.';
  if (BROWSER_SCHEMES.has(url.protocol))
    return 'Nothing to log out of: this is one of the browser’s own pages, not a website.';
  if (EXTENSION_SCHEMES.has(url.protocol))
    return 'Nothing to log out of: this page belongs to a browser extension, not a website.';
  if (url.protocol === 'file:') return 'Nothing to log out of: this is a file on your computer, not a website.';
  return `Nothing to log out of: a ${url.protocol} page belongs to no website.`;
}

export function notAWebAddressReason(address: string): string {
  return `Nothing to log out of: "${address}" is not a web address.`;
}

export function publicSuffixReason(host: string): string {
  return `Nothing to log out of: ${host} is a public suffix, an address shared by many unrelated sites, so logging out of it would touch them all.`;
}

/** A website SignOff may not read: the user has limited its site access. */
export function noAccessReason(host: string): string {
  return `SignOff is not allowed on ${host}. To log out here, allow it: Extensions menu, SignOff, “This can read and change site data”, On all sites.`;
}
