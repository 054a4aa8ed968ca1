import { hostIsInSite, httpUrlOf, siteOfUrl } from '../site';

/** One frame of an open tab, as the browser lists it (`frameId` 0 is the page itself). */
export interface OpenFrame {
  tabId: number;
  frameId: number;
  parentFrameId: number;
  url: string;
}

/** A frame of the sites; `partition` is the top-level site its storage is keyed by, when that is another site. */
export interface SiteFrame {
  tabId: number;
  frameId: number;
  partition?: string;
}

/**
 * Every frame of the sites in open tabs. A frame below an ancestor of another
 * site (an embed in another site's tab, or nested inside a third-party frame)
 * has partitioned storage, keyed by the top-level site as well, which
 * `browsingData` does not reach by origin: only a script in the frame does.
 */
export function siteFramesOf(frames: readonly OpenFrame[], sites: readonly string[]): SiteFrame[] {
  const byTab = new Map<number, OpenFrame[]>();
  for (const frame of frames) byTab.set(frame.tabId, [...(byTab.get(frame.tabId) ?? []), frame]);
  const found: SiteFrame[] = [];
  for (const [tabId, tabFrames] of byTab) {
    const top = tabFrames.find((frame) => frame.frameId === 0);
    for (const frame of tabFrames) {
      if (!isOnSites(frame.url, sites)) continue;
      const partitioned = hasCrossSiteAncestor(frame, tabFrames) && top !== undefined;
      found.push({ tabId, frameId: frame.frameId, ...(partitioned ? { partition: siteKey(top.url) } : {}) });
    }
  }
  return found.sort((a, b) => a.tabId - b.tabId || a.frameId - b.frameId);
}

function isOnSites(address: string, sites: readonly string[]): boolean {
  const url = httpUrlOf(address);
  return url !== undefined && sites.some((site) => hostIsInSite(url.hostname, site));
}

function hasCrossSiteAncestor(frame: OpenFrame, tabFrames: readonly OpenFrame[]): boolean {
  const own = siteKey(frame.url);
  const seen = new Set<number>([frame.frameId]);
  let parent = tabFrames.find((candidate) => candidate.frameId === frame.parentFrameId);
  while (parent && !seen.has(parent.frameId)) {
    if (siteKey(parent.url) !== own) return true;
    seen.add(parent.frameId);
    const next = parent.parentFrameId;
    parent = tabFrames.find((candidate) => candidate.frameId === next);
  }
  return false;
}

/** The site a frame's storage is keyed by; any address that is not a web page counts as a site of its own. */
function siteKey(address: string): string {
  const scope = siteOfUrl(address);
  return scope.kind === 'web' ? scope.site : `none:${address}`;
}
