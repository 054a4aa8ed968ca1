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
  /** Its origin when it was listed. */
  origin: string;
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
      const url = httpUrlOf(frame.url);
      if (!url || !sites.some((site) => hostIsInSite(url.hostname, site))) continue;
      const partitioned = hasCrossSiteAncestor(frame, tabFrames) && top !== undefined;
      const partition = partitioned ? { partition: siteKey(top.url) } : {};
      found.push({ tabId, frameId: frame.frameId, origin: url.origin, ...partition });
    }
  }
  return found.sort((a, b) => a.tabId - b.tabId || a.frameId - b.frameId);
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

/**
 * What a frame's storage is keyed by: its origin, and the top-level site when
 * it is partitioned. Frames with the same key share their localStorage,
 * IndexedDB, Cache Storage and service workers; sessionStorage is each tab's own.
 */
export function storageKeyOf(frame: { origin: string; partition?: string }): string {
  return frame.partition === undefined ? frame.origin : `${frame.origin} in ${frame.partition}`;
}

/** One frame of each storage key: enough to count what the key keeps for all its pages. */
export function oneFramePerKey<F extends { origin: string; partition?: string }>(frames: readonly F[]): F[] {
  const seen = new Set<string>();
  return frames.filter((frame) => {
    const key = storageKeyOf(frame);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The frames to ask again, in full, after a check that counted each storage
 * key's shared kinds in one frame only: one frame of each key that no answer
 * counted, as when the frame chosen to count it had left it meanwhile.
 */
export function framesToCountAgain<F extends SiteFrame>(
  answers: ReadonlyArray<{ frame: F; origin: string; counted: boolean }>,
): F[] {
  const keyOf = ({ frame, origin }: { frame: F; origin: string }) => storageKeyOf({ ...frame, origin });
  const counted = new Set(answers.filter((answer) => answer.counted).map(keyOf));
  const uncounted = answers.filter((answer) => !counted.has(keyOf(answer)));
  return oneFramePerKey(uncounted.map(({ frame, origin }) => ({ ...frame, origin })));
}

/** The answers of a check that stand: a frame asked again stands by its second answer. */
export function answersThatStand<A extends { frame: { tabId: number; frameId: number } }>(
  first: readonly A[],
  second: readonly A[],
): A[] {
  const idOf = ({ frame }: A) => `${frame.tabId}/${frame.frameId}`;
  const askedAgain = new Set(second.map(idOf));
  return [...first.filter((answer) => !askedAgain.has(idOf(answer))), ...second];
}
