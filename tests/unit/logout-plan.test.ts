import { describe, expect, it } from 'vitest';
import {
  type CookieRecord,
  cookieHosts,
  cookieKey,
  cookiesOfSite,
  cookieUrl,
  partitionsToRecheck,
} from '../../src/core/logout/cookies';
import { planLogout, storageOrigins } from '../../src/core/logout/plan';
import { choicesFor, type Rule } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { siteOfUrl } from '../../src/core/site';

const choices = (rule?: Rule) => choicesFor({ ...DEFAULT_SETTINGS, sites: rule ? [rule] : [] }, 'app.example.com');

const cookie = (domain: string, extra: Partial<CookieRecord> = {}): CookieRecord => ({
  name: 'sid',
  domain,
  path: '/',
  secure: true,
  ...extra,
});
const partitioned = (domain: string, topLevelSite: string) => cookie(domain, { partitionKey: { topLevelSite } });

describe('cookiesOfSite: what a logout of example.com removes', () => {
  it.each([
    ['host-only cookie of the site', cookie('example.com'), true],
    ['host-only cookie of a subdomain', cookie('app.example.com'), true],
    ['parent-domain (Domain=) cookie', cookie('.example.com'), true],
    ['deeper subdomain', cookie('a.b.example.com'), true],
    ['own partitioned cookie in its own partition', partitioned('app.example.com', 'https://example.com'), true],
    ["own partitioned cookie in another site's partition", partitioned('app.example.com', 'https://news.test'), true],
    ["third-party cookie in the site's partition", partitioned('tracker.net', 'https://example.com'), true],
    ['third-party cookie in an http partition of the site', partitioned('tracker.net', 'http://example.com'), true],
    ['another site with the same name', cookie('other.com'), false],
    ['a look-alike domain', cookie('badexample.com'), false],
    ['a domain that ends in the site name', cookie('example.com.evil.net'), false],
    ['third-party cookie in another partition', partitioned('tracker.net', 'https://other.com'), false],
  ])('%s: %s', (_label, candidate, removed) => {
    expect(cookiesOfSite([candidate], 'example.com')).toEqual(removed ? [candidate] : []);
  });

  it('keeps private-suffix neighbours apart', () => {
    const alice = cookie('alice.github.io');
    const bob = cookie('bob.github.io');
    expect(cookiesOfSite([alice, bob], 'alice.github.io')).toEqual([alice]);
  });
});

describe('cookieUrl: the address cookies.remove needs', () => {
  it.each([
    [cookie('.example.com'), 'https://example.com/'],
    [cookie('app.example.com', { secure: false, path: '/account' }), 'http://app.example.com/account'],
    [cookie('[::1]', { secure: false }), 'http://[::1]/'],
    [cookie('::1', { secure: false }), 'http://[::1]/'],
  ])('%j → %s', (candidate, url) => {
    expect(cookieUrl(candidate)).toBe(url);
  });

  it('tells apart cookies that differ only in partition', () => {
    expect(cookieKey(cookie('a.com'))).not.toBe(cookieKey(partitioned('a.com', 'https://a.com')));
  });
});

describe("partitionsToRecheck: which of the sites' partitions the check after clearing reads again", () => {
  const sites = ['example.com', 'sso.test'];
  it.each([
    ['nothing partitioned, no page open', [], [], []],
    ['an https page of the site open', [], ['https://app.example.com/account'], ['https']],
    ['an http page of a related site open', [], ['http://login.sso.test/'], ['http']],
    ['pages of other sites only', [], ['https://news.test/', 'http://example.com.evil.net/'], []],
    ['a cookie held in the https partition', [partitioned('tracker.net', 'https://example.com')], [], ['https']],
    ['a cookie held in the http partition', [partitioned('tracker.net', 'http://example.com')], [], ['http']],
    [
      "the site's own cookie partitioned under another site",
      [partitioned('app.example.com', 'https://news.test')],
      [],
      [],
    ],
    ['both', [partitioned('tracker.net', 'http://sso.test')], ['https://example.com/'], ['https', 'http']],
  ])('%s', (_label, cookies, pages, expected) => {
    expect(partitionsToRecheck(cookies, sites, pages)).toEqual(expected);
  });
});

describe('storageOrigins', () => {
  it('covers each known host of the site over https and http, on default and open ports', () => {
    expect(
      storageOrigins(
        'example.com',
        ['https://app.example.com:8443', 'https://other.com', 'chrome://newtab', 'null'],
        ['https://example.com', 'https://accounts.example.com'],
      ),
    ).toEqual([
      'https://accounts.example.com',
      'https://accounts.example.com:8443',
      'http://accounts.example.com',
      'http://accounts.example.com:8443',
      'https://app.example.com',
      'https://app.example.com:8443',
      'http://app.example.com',
      'http://app.example.com:8443',
      'https://example.com',
      'https://example.com:8443',
      'http://example.com',
      'http://example.com:8443',
    ]);
  });

  it('never names another site, even one that shares a suffix', () => {
    const origins = storageOrigins(
      'alice.github.io',
      ['https://bob.github.io', 'https://github.io', 'https://alice.github.io.evil.net'],
      ['https://alice.github.io'],
    );
    expect(origins).toEqual(['https://alice.github.io', 'http://alice.github.io']);
  });

  it('handles IPv6 and localhost sites', () => {
    expect(storageOrigins('::1', ['http://[::1]:3000'], [])).toEqual([
      'https://[::1]',
      'https://[::1]:3000',
      'http://[::1]',
      'http://[::1]:3000',
    ]);
    expect(storageOrigins('localhost', ['http://localhost:5173'], [])).toHaveLength(4);
  });
});

describe('cookieHosts', () => {
  it('names each host of the site once, however many cookies name it and however they write it', () => {
    const cookies = [
      cookie('app.example.com'),
      cookie('.app.example.com', { name: 'prefs' }),
      cookie('APP.example.com', { name: 'csrf' }),
      cookie('.example.com'),
      cookie('tracker.net'),
    ];
    expect(cookieHosts(cookies, 'example.com')).toEqual(['app.example.com', 'example.com']);
  });
});

describe('planLogout', () => {
  const scope = siteOfUrl('https://app.example.com/inbox/42');
  if (scope.kind !== 'web') throw new Error('fixture');
  const siteCookie = cookie('.example.com');
  const subCookie = cookie('static.example.com');
  const tracker = partitioned('tracker.net', 'https://example.com');
  const bystander = cookie('other.com');

  const plan = planLogout({
    scope,
    tabUrl: 'https://app.example.com/inbox/42',
    cookies: [siteCookie, subCookie, tracker, bystander],
    openOrigins: ['https://app.example.com', 'https://other.com'],
    choices: choices(),
  });

  it("removes the site's cookies and those in its partition, nothing else", () => {
    expect(plan.cookies).toEqual([siteCookie, subCookie, tracker]);
    expect(plan.cookiesByName).toEqual([tracker]);
  });

  it("clears the storage of the tab's origin and of every host its cookies name", () => {
    expect(plan.storageOrigins).toEqual([
      'https://app.example.com',
      'http://app.example.com',
      'https://example.com',
      'http://example.com',
      'https://static.example.com',
      'http://static.example.com',
    ]);
    expect(plan.storageOrigins.some((origin) => origin.includes('other.com'))).toBe(false);
    expect(plan.storageOrigins.some((origin) => origin.includes('tracker.net'))).toBe(false);
  });

  it('lands on the origin root without a rule, and on the login page with one', () => {
    expect(plan.redirectUrl).toBe('https://app.example.com/');
    const withRule = planLogout({
      scope,
      tabUrl: 'https://app.example.com/inbox/42',
      cookies: [],
      openOrigins: [],
      choices: choices({ site: 'example.com', loginUrl: 'https://example.com/login' }),
    });
    expect(withRule.redirectUrl).toBe('https://example.com/login');
  });
});

describe('planLogout with a rule', () => {
  const scope = siteOfUrl('https://app.example.com/');
  if (scope.kind !== 'web') throw new Error('fixture');
  const ssoHost = cookie('sso.idp.test');
  const ssoParent = cookie('.idp.test');
  const ssoSibling = cookie('www.idp.test');
  const own = cookie('app.example.com');

  const plan = planLogout({
    scope,
    tabUrl: 'https://app.example.com/',
    cookies: [own, ssoHost, ssoParent, ssoSibling],
    openOrigins: ['https://sso.idp.test:8443', 'https://www.idp.test'],
    choices: choices({
      site: 'example.com',
      loginUrl: 'https://example.com/in',
      logoutUrl: 'https://example.com/out',
      relatedSites: ['sso.idp.test', 'www.example.com'],
    }),
  });

  it('clears a related host and what lies under it, not its parent domain or siblings', () => {
    expect(plan.relatedSites).toEqual(['sso.idp.test']);
    expect(plan.cookies).toEqual([own, ssoHost]);
    expect(plan.cookiesByName).toEqual([ssoHost]);
    expect(plan.relatedOrigins).toEqual([
      'https://sso.idp.test',
      'https://sso.idp.test:8443',
      'http://sso.idp.test',
      'http://sso.idp.test:8443',
    ]);
  });

  it('carries the logout page and the login page', () => {
    expect(plan.logoutUrl).toBe('https://example.com/out');
    expect(plan.redirectUrl).toBe('https://example.com/in');
  });

  it('removes no cookie when cookies are not to be cleared', () => {
    const keepCookies = planLogout({
      scope,
      tabUrl: 'https://app.example.com/',
      cookies: [own],
      openOrigins: [],
      choices: choices({ site: 'example.com', clear: { cookies: false } }),
    });
    expect(keepCookies.cookies).toEqual([]);
    expect(keepCookies.clear.cookies).toBe(false);
    expect(keepCookies.clear.localStorage).toBe(true);
    expect(keepCookies.storageOrigins).toContain('https://app.example.com');
  });
});
