import { parse } from 'tldts';

/** Where a tab is, as far as logging out is concerned. */
export type SiteScope = { kind: 'web'; origin: string; host: string; site: string } | { kind: 'none'; reason: string };

const EXTENSION_STORES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

export const NO_ADDRESS_REASON = 'Nothing to log out of here: this is not a website, or SignOff may not access it.';

/**
 * The site of a URL: its registrable domain under the Public Suffix List,
 * private suffixes included, so alice.github.io is a site of its own.
 * IP addresses and single-label hosts are their own site.
 */
export function siteOfUrl(address: string | undefined): SiteScope {
  if (!address) return { kind: 'none', reason: NO_ADDRESS_REASON };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'none', reason: `Nothing to log out of here: "${address}" is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const scheme = url.href.startsWith(`${url.protocol}//`) ? `${url.protocol}//` : url.protocol;
    return { kind: 'none', reason: `Nothing to log out of on ${scheme} pages.` };
  }
  if (isExtensionStore(url)) {
    return {
      kind: 'none',
      reason: 'Nothing to log out of here: browsers do not let extensions act on their extension store.',
    };
  }
  const host = normalizeHost(url.hostname);
  if (!host) return { kind: 'none', reason: NO_ADDRESS_REASON };
  if (isPublicSuffix(host)) {
    return {
      kind: 'none',
      reason: `Nothing to log out of here: ${host} is a public suffix shared by many sites, so logging out of it would touch them all.`,
    };
  }
  return { kind: 'web', origin: url.origin, host, site: siteOfHost(host) };
}

export const INCOGNITO_REASON =
  'SignOff does not log out in incognito windows: closing the incognito window ends all of its sessions.';

/**
 * The site of a tab. Incognito tabs have none: browsingData acts on the
 * regular profile only, so a logout there would hit the wrong sessions.
 */
export function siteOfTab(tab: { url?: string; incognito: boolean }): SiteScope {
  if (tab.incognito) return { kind: 'none', reason: INCOGNITO_REASON };
  return siteOfUrl(tab.url);
}

/** The URL of an http(s) address, or undefined for any other address. */
export function httpUrlOf(address: string): URL | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A suffix under which many unrelated sites register (com, co.uk, github.io), not a site itself. */
export function isPublicSuffix(hostname: string): boolean {
  const host = normalizeHost(hostname);
  const parsed = parse(host, { allowPrivateDomains: true, extractHostname: false });
  return !parsed.isIp && parsed.domain === null && (host.includes('.') || parsed.isIcann === true);
}

/** The site of a bare host name (no scheme, no port; IPv6 with or without brackets). */
export function siteOfHost(hostname: string): string {
  const host = normalizeHost(hostname);
  const parsed = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (parsed.isIp || !host.includes('.')) return host;
  return parsed.domain ?? host;
}

/** Whether a host (or a cookie domain, with or without its leading dot) belongs to a site. */
export function hostIsInSite(hostOrDomain: string, site: string): boolean {
  const host = normalizeHost(hostOrDomain.replace(/^\./, ''));
  return host === site || host.endsWith(`.${site}`);
}

function normalizeHost(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

function isExtensionStore(url: URL): boolean {
  return EXTENSION_STORES.some((store) => url.hostname === store.host && url.pathname.startsWith(store.path));
}
