import { describe, expect, it } from 'vitest';
import type { SitesReport } from '../../src/core/logout/all-sites';
import { planLogout } from '../../src/core/logout/plan';
import { describeSitesReport, sitesNotificationFor, worthTelling } from '../../src/core/logout/sites-wording';
import {
  NO_TAB,
  offerOf,
  type SitePart,
  snapshotOfParts,
  snapshotToKeep,
  UNDO_SECONDS,
} from '../../src/core/logout/snapshot';
import { choicesSparing, planSparing } from '../../src/core/logout/spare';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const part = (site: string, extra: Partial<SitePart> = {}): SitePart => ({
  site,
  relatedSites: [],
  tabId: NO_TAB,
  pageUrl: `https://${site}/`,
  landingUrl: '',
  origin: `https://${site}`,
  cookiesCleared: true,
  cookies: [
    {
      name: 'sid',
      value: 'v',
      domain: site,
      path: '/',
      secure: true,
      hostOnly: true,
      httpOnly: true,
      sameSite: 'lax',
      session: true,
    },
  ],
  localStorage: {},
  sessionStorage: {},
  serverSessionEnded: false,
  ...extra,
});

describe('one Undo for several sites', () => {
  it('holds every site with something to put back, and every tab sent to a login page', () => {
    const tab = part('b.test', { tabId: 4, cookies: [], cookiesCleared: false, landingUrl: 'https://b.test/' });
    const empty = part('c.test', { cookies: [] });
    const snapshot = snapshotOfParts([part('a.test'), empty, part('b.test'), tab], 'id');
    expect(snapshot?.site).toBe('a.test');
    expect(snapshot?.more?.map((more) => [more.site, more.tabId])).toEqual([
      ['b.test', NO_TAB],
      ['b.test', 4],
    ]);
    const kept = snapshot && snapshotToKeep(undefined, snapshot, 1000);
    expect(kept && offerOf(kept, 1000)).toEqual({
      id: 'id',
      site: 'a.test',
      sites: ['a.test', 'b.test'],
      expiresAt: 1000 + UNDO_SECONDS * 1000,
      serverSessionEnded: false,
    });
  });

  it('offers nothing when no site had anything to put back', () => {
    expect(snapshotOfParts([part('a.test', { cookies: [] }), part('b.test', { cookies: [] })], 'id')).toBeUndefined();
  });

  it('replaces the earlier single Undo, and is never stretched like a repeated logout of one site', () => {
    const single = { ...part('a.test', { tabId: 3, landingUrl: 'https://a.test/' }), id: 'one', expiresAt: 5000 };
    const several = snapshotOfParts([part('a.test', { pageUrl: 'https://a.test/' }), part('b.test')], 'two');
    expect(several && snapshotToKeep(single, several, 1000)?.id).toBe('two');
  });
});

describe('what a logout of several sites says', () => {
  const report: SitesReport = {
    loggedOut: [
      { site: 'a.test', relatedSites: [], cookies: 3, left: [], tabsSent: 1 },
      {
        site: 'b.test',
        relatedSites: [],
        cookies: 0,
        left: [{ kind: 'cookie', name: 'x', domain: 'b.test' }],
        tabsSent: 0,
      },
    ],
    kept: ['mail.test'],
    failed: [{ site: 'c.test', reason: 'The tab was closed' }],
  };

  it('names the sites, what survived, what failed and what was kept', () => {
    expect(describeSitesReport(report)).toBe(
      'a.test and b.test. Something of b.test is still there. Not logged out of c.test: The tab was closed. Kept signed in: mail.test.',
    );
  });

  it('says why, and offers Undo, in a notification', () => {
    const text = sitesNotificationFor(
      { ...report, undo: { id: 'u', site: 'a.test', expiresAt: 1, serverSessionEnded: false } },
      { reasons: ['lastTabClosed'], resumed: true },
    );
    expect(text.title).toBe('Logged out of 2 sites');
    expect(text.message).toContain('Automatically: the last tab closed.');
    expect(text.message).toContain('SignOff was stopped before it could finish');
    expect(text.undo).toBe(true);
  });

  it('stays quiet about an automatic logout that found nothing', () => {
    expect(
      worthTelling({
        loggedOut: [{ site: 'a.test', relatedSites: [], cookies: 0, left: [], tabsSent: 0 }],
        kept: [],
        failed: [],
      }),
    ).toBe(false);
    expect(worthTelling(report)).toBe(true);
  });
});

describe('what Log out of all sites leaves to kept sites', () => {
  const cookieOf = (name: string, domain: string, partition?: string) => ({
    name,
    domain,
    path: '/',
    secure: true,
    ...(partition ? { partitionKey: { topLevelSite: partition } } : {}),
  });
  const plan = planLogout({
    scope: { kind: 'web', origin: 'https://app.shop.test', host: 'app.shop.test', site: 'shop.test' },
    tabUrl: 'https://app.shop.test/',
    cookies: [
      cookieOf('sid', 'app.shop.test'),
      cookieOf('chip', 'accounts.shop.test', 'https://mail.test'),
      cookieOf('widget', 'w.mail.test', 'https://shop.test'),
      cookieOf('chip', 'w.tracker.test', 'https://shop.test'),
    ],
    openOrigins: [],
    choices: { clear: DEFAULT_SETTINGS.defaults.clear, otherTabs: 'reload' },
  });
  const frames = [
    { tabId: 1, frameId: 0, origin: 'https://app.shop.test' },
    { tabId: 2, frameId: 3, origin: 'https://w.shop.test', partition: 'mail.test' },
    { tabId: 3, frameId: 4, origin: 'https://w.shop.test', partition: 'news.test' },
  ];

  it('leaves the kept site’s cookies and partition, and the site’s frames in its tabs, and clears the rest by name', () => {
    const spared = planSparing(plan, frames, ['mail.test']);
    expect(spared.plan.cookies.map((cookie) => `${cookie.name} ${cookie.domain}`)).toEqual([
      'sid app.shop.test',
      'chip w.tracker.test',
    ]);
    expect(spared.plan.cookiesByName).toEqual(spared.plan.cookies);
    expect(spared.plan.byOrigin.cookies).toBe(false);
    expect(spared.siteFrames.map((frame) => frame.tabId)).toEqual([1, 3]);
  });

  it('changes nothing when nothing is kept, or nothing of a kept site is there', () => {
    expect(planSparing(plan, frames, []).plan).toBe(plan);
    expect(planSparing(plan, frames, ['other.test']).plan).toBe(plan);
  });

  it('never clears a kept site as another site’s related site', () => {
    const choices = {
      rule: { site: 'shop.test', relatedSites: ['sso.mail.test', 'idp.test'] },
      clear: DEFAULT_SETTINGS.defaults.clear,
      otherTabs: 'reload' as const,
    };
    expect(choicesSparing(choices, ['mail.test']).rule?.relatedSites).toEqual(['idp.test']);
  });
});
