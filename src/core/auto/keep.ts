import { relatedSitesOf } from '../logout/plan';
import type { Settings } from '../settings';
import { hostIsInSite, siteOfHost } from '../site';

/**
 * The sites "Log out of all sites" leaves signed in: the site of each keep-list
 * entry with all its subdomains (cookies are shared across them), and the
 * related sites its rule names (signing out of its single-sign-on provider
 * would sign it out too).
 */
export function keptSites(settings: Pick<Settings, 'keep' | 'sites'>): string[] {
  const kept = new Set(settings.keep.map((entry) => siteOfHost(entry)));
  for (const rule of settings.sites) {
    if (kept.has(siteOfHost(rule.site)))
      for (const related of relatedSitesOf(rule.site, rule)) kept.add(siteOfHost(related));
  }
  return [...kept].sort();
}

export function isKept(site: string, kept: readonly string[]): boolean {
  return kept.some((keptSite) => hostIsInSite(site, keptSite));
}

/** The sites found with cookies or storage, split into those to log out and those the keep list keeps. */
export function splitByKeep(
  found: readonly string[],
  settings: Pick<Settings, 'keep' | 'sites'>,
): { logOut: string[]; kept: string[] } {
  const kept = keptSites(settings);
  const sites = [...new Set(found)].sort();
  return { logOut: sites.filter((site) => !isKept(site, kept)), kept: sites.filter((site) => isKept(site, kept)) };
}
