import * as v from 'valibot';
import { answersThatStand, framesToCountAgain, oneFramePerKey, type SiteFrame } from '../core/logout/frames';
import type { FrameStorage } from '../core/logout/report';
import { inspectFrameStorage } from './page-functions';
import { framesByTab, runInPages } from './page-scripts';

// What pages answer is checked like any untrusted input: a page controls its own storage.
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const FrameStorageResult = v.object({
  origin: v.string(),
  localStorage: Count,
  sessionStorage: Count,
  indexedDB: Count,
  cacheStorage: Count,
  serviceWorkers: Count,
});

interface Answer {
  frame: SiteFrame;
  origin: string;
  /** Whether it counted what its storage key keeps for all its pages. */
  counted: boolean;
  storage: FrameStorage;
}

/**
 * What each of these frames still holds. Each frame counts its own storage;
 * what an origin keeps for all its pages is counted in one frame of each
 * storage key (25 tabs on one page asked the browser for it 75 times), and
 * again in another frame where that one had left its key.
 */
export async function inspectFrames(frames: readonly SiteFrame[]): Promise<FrameStorage[]> {
  const counting = new Set(oneFramePerKey(frames));
  const first = await inspect(frames, (frame) => counting.has(frame));
  const again = framesToCountAgain(first);
  const second = again.length > 0 ? await inspect(again, () => true) : [];
  return answersThatStand(first, second).map((answer) => answer.storage);
}

async function inspect(frames: readonly SiteFrame[], counts: (frame: SiteFrame) => boolean): Promise<Answer[]> {
  const groups = [true, false].map((shared) => ({
    shared,
    frames: frames.filter((frame) => counts(frame) === shared),
  }));
  const perTab = await Promise.all(
    groups.flatMap(({ shared, frames: group }) =>
      [...framesByTab(group)].map(async ([tabId, frameIds]) => {
        const results = await runInPages({ target: { tabId, frameIds }, func: inspectFrameStorage, args: [shared] });
        return results.flatMap((result): Answer[] => {
          const parsed = v.safeParse(FrameStorageResult, result.result);
          const frame = group.find((candidate) => candidate.tabId === tabId && candidate.frameId === result.frameId);
          if (!parsed.success || !frame) return [];
          const storage = { ...parsed.output, ...(frame.partition ? { partition: frame.partition } : {}) };
          return [{ frame, origin: parsed.output.origin, counted: shared, storage }];
        });
      }),
    ),
  );
  return perTab.flat();
}
