import { parse } from 'tldts';
import {
  extensionStoreReason,
  noAccessReason,
  notAWebAddressReason,
  publicSuffixReason,
  reasonForScheme,
  unseenReason,
} from './no-site';

/** Where a tab is, as far as logging out is concerned. */
export type SiteScope = { kind: 'web'; origin: string; host: string; site: string } | { kind: 'none'; reason: string };

const EXTENSION_STORES = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org', path: '/' },
];

/**
 * The site of a URL: its registrable domain under the Public Suffix List,
 * private suffixes included, so alice.github.io is a site of its own.
 * IP addresses and single-label hosts are their own site.
 */
export function siteOfUrl(address: string | undefined): SiteScope {
  if (!address) return { kind: 'none', reason: unseenReason() };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'none', reason: notAWebAddressReason(address) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'none', reason: reasonForScheme(url) };
  if (isExtensionStore(url)) return { kind: 'none', reason: extensionStoreReason() };
  const host = normalizeHost(url.hostname);
  if (!host) return { kind: 'none', reason: unseenReason() };
  if (isPublicSuffix(host)) return { kind: 'none', reason: publicSuffixReason(host) };
  return { kind: 'web', origin: url.origin, host, site: siteOfHost(host) };
}

/** A tab as SignOff sees it. */
export interface SeenTab {
  /** Its address, when SignOff may read it. */
  url?: string;
  /** Its address as navigation events report it, when SignOff may not read the tab's own. */
  hiddenUrl?: string;
}

/**
 * The site of a tab, in whatever window or container (its cookie store is the
 * logout's business, not the site's). A website whose address SignOff may not
 * read is one it has no access to.
 */
export function siteOfTab(tab: SeenTab): SiteScope {
  if (tab.url || !tab.hiddenUrl) return siteOfUrl(tab.url);
  const hidden = httpUrlOf(tab.hiddenUrl);
  return hidden ? { kind: 'none', reason: noAccessReason(normalizeHost(hidden.hostname)) } : siteOfUrl(tab.hiddenUrl);
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

/** The host of a URL as SignOff names hosts: an IPv6 address without its brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
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
