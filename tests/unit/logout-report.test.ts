import { describe, expect, it } from 'vitest';
import {
  answersThatStand,
  framesToCountAgain,
  oneFramePerKey,
  siteFramesOf,
  storageKeyOf,
} from '../../src/core/logout/frames';
import { isResumable, RESUME_WITHIN_MS, tabStillOnLogout } from '../../src/core/logout/journal';
import { type FrameStorage, leftoversOf, storageOnSites } from '../../src/core/logout/report';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { describeClearing } from '../../src/core/wording';

const everything = DEFAULT_SETTINGS.defaults.clear;
const frame = (origin: string, extra: Partial<FrameStorage> = {}): FrameStorage => ({
  origin,
  localStorage: 0,
  sessionStorage: 0,
  indexedDB: 0,
  cacheStorage: 0,
  serviceWorkers: 0,
  ...extra,
});

describe('leftoversOf: what survived, named', () => {
  it('names each surviving cookie once, with its partition', () => {
    const sid = { name: 'sid', domain: '.example.com', path: '/', secure: true };
    const chip = {
      name: 'chip',
      domain: 'app.example.com',
      path: '/',
      secure: true,
      partitionKey: { topLevelSite: 'https://news.test' },
    };
    expect(leftoversOf([sid, sid, chip], [], everything)).toEqual([
      { kind: 'cookie', name: 'sid', domain: '.example.com' },
      { kind: 'cookie', name: 'chip', domain: 'app.example.com', partition: 'https://news.test' },
    ]);
  });

  it('names each origin and kind of storage that still holds something, once', () => {
    const storage = [
      frame('https://app.example.com', { localStorage: 2, indexedDB: 1 }),
      frame('https://app.example.com', { localStorage: 1 }),
      frame('https://app.example.com', { cacheStorage: 1, partition: 'news.test' }),
      frame('https://www.example.com'),
    ];
    expect(leftoversOf([], storage, everything)).toEqual([
      { kind: 'storage', origin: 'https://app.example.com', type: 'localStorage' },
      { kind: 'storage', origin: 'https://app.example.com', type: 'indexedDB' },
      { kind: 'storage', origin: 'https://app.example.com', type: 'cacheStorage', partition: 'news.test' },
    ]);
  });

  it('does not count what the rule chose to keep', () => {
    const keepStorage = { ...everything, cookies: false, localStorage: false };
    const cookie = { name: 'sid', domain: 'example.com', path: '/', secure: true };
    const storage = [frame('https://example.com', { localStorage: 1, sessionStorage: 1, indexedDB: 1 })];
    expect(leftoversOf([cookie], storage, keepStorage)).toEqual([
      { kind: 'storage', origin: 'https://example.com', type: 'indexedDB' },
    ]);
  });

  it('says in words what was found, cleared and left', () => {
    const report = {
      site: 'example.com',
      relatedSites: [],
      found: { cookies: 3, addresses: 2, frames: 1 },
      left: [{ kind: 'cookie' as const, name: 'sid', domain: '.example.com', partition: 'https://news.test' }],
      otherTabs: { action: 'reload' as const, count: 0 },
      landing: { outcome: 'reached' as const, url: 'https://example.com/' },
      notes: [],
    };
    expect(describeClearing(report)).toBe(
      'Cleared 3 cookies and saved data on 2 addresses, and its data inside 1 page of other sites. ' +
        'Still there after clearing twice: cookie "sid" of example.com (inside https://news.test).',
    );
    expect(describeClearing({ ...report, left: [], found: { cookies: 1, addresses: 1, frames: 0 } })).toBe(
      'Cleared 1 cookie and saved data on 1 address.',
    );
  });
});

describe('siteFramesOf: frames a page script must reach', () => {
  const frames = [
    { tabId: 1, frameId: 0, parentFrameId: -1, url: 'https://www.news.test/' },
    { tabId: 1, frameId: 3, parentFrameId: 0, url: 'https://accounts.example.com/widget' },
    { tabId: 1, frameId: 4, parentFrameId: 0, url: 'https://ads.tracker.test/' },
    { tabId: 1, frameId: 5, parentFrameId: 4, url: 'https://example.com/pixel' },
    { tabId: 2, frameId: 0, parentFrameId: -1, url: 'https://app.example.com/' },
    { tabId: 2, frameId: 1, parentFrameId: 0, url: 'https://accounts.example.com/' },
    { tabId: 2, frameId: 2, parentFrameId: 0, url: 'https://ads.tracker.test/' },
    { tabId: 2, frameId: 6, parentFrameId: 2, url: 'https://app.example.com/inner' },
    { tabId: 3, frameId: 0, parentFrameId: -1, url: 'https://badexample.com/' },
  ];

  it("finds the site's frames, marking those partitioned under another site", () => {
    expect(siteFramesOf(frames, ['example.com'])).toEqual([
      { tabId: 1, frameId: 3, origin: 'https://accounts.example.com', partition: 'news.test' },
      { tabId: 1, frameId: 5, origin: 'https://example.com', partition: 'news.test' },
      { tabId: 2, frameId: 0, origin: 'https://app.example.com' },
      { tabId: 2, frameId: 1, origin: 'https://accounts.example.com' },
      // Below a third-party frame: partitioned even in the site's own tab.
      { tabId: 2, frameId: 6, origin: 'https://app.example.com', partition: 'example.com' },
    ]);
  });

  it('finds nothing of a site that no tab shows', () => {
    expect(siteFramesOf(frames, ['other.test'])).toEqual([]);
  });
});

describe('storage keys: which frame counts what an origin keeps for all its pages', () => {
  const page = (tabId: number, origin: string, partition?: string) => ({
    tabId,
    frameId: 0,
    origin,
    ...(partition ? { partition } : {}),
  });
  const app1 = page(1, 'https://app.example.com');
  const app2 = page(2, 'https://app.example.com');
  const www3 = page(3, 'https://www.example.com');
  const inNews4 = page(4, 'https://app.example.com', 'news.test');
  const below5 = page(5, 'https://app.example.com', 'example.com');
  const inNews6 = page(6, 'https://app.example.com', 'news.test');
  const tabs = [app1, app2, www3, inNews4, below5, inNews6];

  it('keys storage by origin, and by the top-level site where it is partitioned', () => {
    expect(storageKeyOf(app1)).toBe(storageKeyOf(app2));
    expect(new Set(tabs.map(storageKeyOf)).size).toBe(4);
  });

  it('picks the first frame of each key', () => {
    expect(oneFramePerKey(tabs).map((frame) => frame.tabId)).toEqual([1, 3, 4, 5]);
  });

  it('asks again, in full, one frame of each key that no answer counted', () => {
    const answer = (frame: (typeof tabs)[number], origin: string, counted: boolean) => ({ frame, origin, counted });
    const again = framesToCountAgain([
      // The counting frame of app.example.com left for another origin of the site: tab 2 counts it instead.
      answer(app1, 'https://login.example.com', true),
      answer(app2, 'https://app.example.com', false),
      answer(www3, 'https://www.example.com', true),
      // Tab 4's frame gave no answer; tab 6's, of the same key, did without counting.
      answer(inNews6, 'https://app.example.com', false),
      answer(below5, 'https://app.example.com', true),
    ]);
    expect(again).toEqual([
      { tabId: 2, frameId: 0, origin: 'https://app.example.com' },
      { tabId: 6, frameId: 0, origin: 'https://app.example.com', partition: 'news.test' },
    ]);
  });

  it("keeps a frame's second answer, where it was asked again, and every other frame's first", () => {
    const said = (tabId: number, frameId: number, indexedDB: number) => ({ frame: { tabId, frameId }, indexedDB });
    expect(answersThatStand([said(1, 0, 0), said(2, 0, 0), said(2, 4, 0)], [said(2, 0, 1)])).toEqual([
      said(1, 0, 0),
      said(2, 4, 0),
      said(2, 0, 1),
    ]);
    expect(answersThatStand([said(1, 0, 0)], [])).toEqual([said(1, 0, 0)]);
  });

  it('asks nothing again when every key was counted', () => {
    const answers = oneFramePerKey(tabs).map((frame) => ({ frame, origin: frame.origin, counted: true }));
    expect(framesToCountAgain(answers)).toEqual([]);
  });
});

describe('isResumable', () => {
  const journal = {
    tabId: 1,
    pageUrl: 'https://a.test/',
    redirectUrl: 'https://a.test/',
    startedAt: 1_000,
    phase: 'clearing' as const,
  };
  it('finishes a logout the browser interrupted recently, and lets an old one go', () => {
    expect(isResumable(journal, 1_000 + RESUME_WITHIN_MS - 1)).toBe(true);
    expect(isResumable(journal, 1_000 + RESUME_WITHIN_MS)).toBe(false);
  });
});

describe('tabStillOnLogout: whether a resumed logout may act on the tab', () => {
  const journal = {
    tabId: 1,
    pageUrl: 'https://app.example.com/inbox',
    redirectUrl: 'https://login.example.net/',
    startedAt: 0,
    phase: 'clearing' as const,
  };
  it.each([
    ['https://app.example.com/inbox', true],
    ['https://www.example.com/', true],
    ['https://sso.idp.test/logout', true],
    ['https://login.example.net/', true],
    ['https://news.test/', false],
    ['chrome://newtab/', false],
    [undefined, false],
  ])('%s → %s', (url, still) => {
    expect(tabStillOnLogout(url, journal, ['example.com', 'idp.test'])).toBe(still);
  });
});

describe('storageOnSites: what frames report, kept to the sites', () => {
  it('drops frames that have gone to another site since the survey, or to no web page', () => {
    const storage = [
      frame('https://app.example.com', { localStorage: 1 }),
      frame('https://bank.test', { localStorage: 3 }),
      frame('https://sso.idp.test:8443', { indexedDB: 1, partition: 'news.test' }),
      frame('null', { localStorage: 1 }),
      frame('https://badexample.com', { localStorage: 1 }),
    ];
    expect(storageOnSites(storage, ['example.com', 'idp.test']).map((f) => f.origin)).toEqual([
      'https://app.example.com',
      'https://sso.idp.test:8443',
    ]);
  });
});
