import { describe, expect, it } from 'vitest';
import {
  offerOf,
  type SavedCookie,
  type SessionSnapshot,
  snapshotToKeep,
  UNDO_SECONDS,
} from '../../src/core/logout/snapshot';
import { cookiesToUndoAll, cookieToSet, savedCookieOf } from '../../src/core/logout/undo-cookies';
import { returnSteps } from '../../src/core/logout/undo-return';

const cookie = (extra: Partial<SavedCookie> = {}): SavedCookie => ({
  name: 'sid',
  value: 'secret',
  domain: 'app.example.com',
  path: '/',
  secure: true,
  hostOnly: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  ...extra,
});

const snapshot = (extra: Partial<SessionSnapshot> = {}): SessionSnapshot => ({
  id: 'first',
  site: 'example.com',
  relatedSites: [],
  tabId: 7,
  pageUrl: 'https://app.example.com/inbox',
  landingUrl: 'https://app.example.com/',
  origin: 'https://app.example.com',
  cookiesCleared: true,
  cookies: [cookie()],
  localStorage: { token: 'abc' },
  sessionStorage: {},
  serverSessionEnded: false,
  expiresAt: 0,
  ...extra,
});

const NOW = 1_000_000;
const LATER = NOW + UNDO_SECONDS * 1000;

describe('the Undo window', () => {
  it('is ten seconds, as the popup and the notification promise', () => {
    expect(UNDO_SECONDS).toBe(10);
  });

  it('offers a snapshot until it expires, and never after', () => {
    const offered = snapshot({ expiresAt: LATER });
    expect(offerOf(offered, NOW)).toEqual({
      id: 'first',
      site: 'example.com',
      expiresAt: LATER,
      serverSessionEnded: false,
    });
    expect(offerOf(offered, LATER - 1)).toBeDefined();
    expect(offerOf(offered, LATER)).toBeUndefined();
    expect(offerOf(undefined, NOW)).toBeUndefined();
  });
});

describe('snapshotToKeep: which session Undo brings back', () => {
  const empty = snapshot({ id: 'empty', cookies: [], localStorage: {} });
  const earlier = snapshot({ expiresAt: NOW + 5_000 });
  const onLoginPage = { pageUrl: 'https://app.example.com/?next=%2Finbox' };

  it.each([
    ['the first logout', undefined, snapshot(), 'first', LATER],
    ['a logout that found nothing, with nothing before', undefined, empty, undefined, undefined],
    ['a logout that found nothing keeps the earlier one, and its time', earlier, empty, 'first', NOW + 5_000],
    [
      'a repeat on the page the earlier logout landed on keeps the one with the session',
      earlier,
      snapshot({ id: 'login page', cookies: [cookie({ name: 'csrf' })], ...onLoginPage }),
      'first',
      LATER,
    ],
    [
      'a logout of a session signed in since replaces it, on the same site',
      earlier,
      snapshot({ id: 'second account', pageUrl: 'https://app.example.com/account' }),
      'second account',
      LATER,
    ],
    ['another site replaces it', earlier, snapshot({ id: 'other', site: 'other.test' }), 'other', LATER],
    ['an expired one is replaced', snapshot({ expiresAt: NOW - 1 }), snapshot({ id: 'second' }), 'second', LATER],
    [
      'an expired one is not kept for a logout that found nothing',
      snapshot({ expiresAt: NOW - 1 }),
      empty,
      undefined,
      undefined,
    ],
  ])('%s', (_case, previous, next, kept, expiresAt) => {
    const result = snapshotToKeep(previous, next, NOW);
    expect(result?.id).toBe(kept);
    expect(result?.expiresAt).toBe(expiresAt);
  });

  it('remembers that a server logout happened in either logout', () => {
    const kept = snapshotToKeep(earlier, snapshot({ id: 'again', serverSessionEnded: true, ...onLoginPage }), NOW);
    expect(kept).toMatchObject({ id: 'first', serverSessionEnded: true });
  });
});

describe('putting cookies back', () => {
  it.each([
    [
      'a host-only session cookie goes back without a domain or an expiry',
      cookie(),
      {
        url: 'https://app.example.com/',
        name: 'sid',
        value: 'secret',
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'lax',
      },
    ],
    [
      'a domain cookie keeps its domain, and a persistent one its expiry',
      cookie({
        domain: '.example.com',
        hostOnly: false,
        session: false,
        expirationDate: 1_900_000_000.5,
        sameSite: 'strict',
      }),
      {
        url: 'https://example.com/',
        name: 'sid',
        value: 'secret',
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'strict',
        domain: '.example.com',
        expirationDate: 1_900_000_000.5,
      },
    ],
    [
      'a partitioned cookie goes back into its own partition, in its own store',
      cookie({
        path: '/a',
        secure: true,
        sameSite: 'no_restriction',
        storeId: '1',
        partitionKey: { topLevelSite: 'https://news.test', hasCrossSiteAncestor: true },
      }),
      {
        url: 'https://app.example.com/a',
        name: 'sid',
        value: 'secret',
        path: '/a',
        secure: true,
        httpOnly: true,
        sameSite: 'no_restriction',
        storeId: '1',
        partitionKey: { topLevelSite: 'https://news.test', hasCrossSiteAncestor: true },
      },
    ],
    [
      'a plain-http cookie of an IPv6 host',
      cookie({ domain: '[::1]', secure: false, httpOnly: false, sameSite: 'unspecified' }),
      {
        url: 'http://[::1]/',
        name: 'sid',
        value: 'secret',
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: 'unspecified',
      },
    ],
  ])('%s', (_case, saved, details) => {
    expect(cookieToSet(saved)).toEqual(details);
  });

  it('keeps only the fields Undo needs from what the browser reports', () => {
    const fromBrowser = {
      ...cookie({ partitionKey: { topLevelSite: 'https://example.com' } }),
      firstPartyDomain: '',
      extra: 1,
    };
    expect(savedCookieOf(fromBrowser)).toEqual(cookie({ partitionKey: { topLevelSite: 'https://example.com' } }));
  });

  it('removes the cookies the login page set since, and skips saved ones that have expired meanwhile', () => {
    const saved = snapshot({
      cookies: [
        cookie(),
        cookie({ name: 'old', session: false, expirationDate: 100 }),
        cookie({ name: 'keep', session: false, expirationDate: 300 }),
      ],
    });
    const now = [cookie({ value: 'changed' }), cookie({ name: 'csrf' })];
    const undo = cookiesToUndoAll([saved], now, 200);
    expect(undo.remove.map((c) => c.name)).toEqual(['csrf']);
    expect(undo.restore.map((c) => c.name)).toEqual(['sid', 'keep']);
  });

  it("leaves the site's cookies alone when the logout kept them", () => {
    const kept = snapshot({ cookiesCleared: false, cookies: [] });
    expect(cookiesToUndoAll([kept], [cookie(), cookie({ name: 'csrf' })], 200)).toEqual({ remove: [], restore: [] });
  });

  it('undoes several sites together: a cookie two of them cover is neither removed as new nor put back twice', () => {
    // a.test's chip kept in b.test's partition: the logout of a.test saved it, b.test's logout saw it gone.
    const chip = cookie({ name: 'chip', domain: 'w.a.test', partitionKey: { topLevelSite: 'https://b.test' } });
    const a = snapshot({ site: 'a.test', cookies: [cookie({ domain: 'a.test' }), chip] });
    const b = snapshot({ site: 'b.test', cookies: [cookie({ domain: 'b.test' })] });
    const kept = cookie({ name: 'kept', domain: 'k.test', partitionKey: { topLevelSite: 'https://b.test' } });
    const spared = { ...b, spare: ['k.test'] };
    const now = [chip, cookie({ name: 'csrf', domain: 'b.test' }), kept];
    const undo = cookiesToUndoAll([a, spared], now, 200);
    expect(undo.remove.map((c) => c.name)).toEqual(['csrf']);
    expect(undo.restore.map((c) => `${c.name} ${c.domain}`)).toEqual(['sid a.test', 'chip w.a.test', 'sid b.test']);
  });
});

describe('returnSteps: how Undo takes the tab back with its storage', () => {
  const withStorage = { origin: 'https://app.example.com', localStorage: { token: 'abc' }, sessionStorage: {} };
  const withoutStorage = { ...withStorage, localStorage: {} };
  it.each([
    ['no storage to put back', withoutStorage, 'https://login.example.net/', 'navigate'],
    [
      'the tab on a page of its origin (the default login page)',
      withStorage,
      'https://app.example.com/',
      'writeThenNavigate',
    ],
    [
      'the tab on a login page of another origin',
      withStorage,
      'https://login.example.net/',
      'navigateThenWriteAndReload',
    ],
    ['the same host on another port', withStorage, 'https://app.example.com:8443/', 'navigateThenWriteAndReload'],
    ['the tab on an error page', withStorage, 'chrome-error://chromewebdata/', 'navigateThenWriteAndReload'],
    ['the tab closed', withStorage, undefined, 'navigateThenWriteAndReload'],
  ] as const)('%s → %s', (_case, snapshot, tabUrl, steps) => {
    expect(returnSteps(snapshot, tabUrl)).toBe(steps);
  });
});
