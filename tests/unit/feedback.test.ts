import { describe, expect, it } from 'vitest';
import { badgeFor, menuItemFor, notificationFor } from '../../src/core/feedback';
import type { LogoutReport } from '../../src/core/messages';
import { siteOfUrl } from '../../src/core/site';

const report: LogoutReport = {
  site: 'example.com',
  relatedSites: ['sso.idp.test'],
  cookiesCleared: 12,
  storageOriginsCleared: 4,
  otherTabs: { action: 'reload', count: 1 },
  redirectUrl: 'https://example.com/login',
  notes: ["The site's logout page did not finish loading within 10 s; SignOff went on."],
};

describe('badgeFor', () => {
  it.each([
    [{ phase: 'running', site: 'example.com' } as const, '…', 'logging out of example.com'],
    [{ phase: 'done', report } as const, '✓', 'cleared 12 cookies'],
    [{ phase: 'failed', reason: 'Nothing to log out of on chrome:// pages.' } as const, '!', 'chrome:// pages'],
  ])('%j shows %s', (progress, text, title) => {
    const badge = badgeFor(progress);
    expect(badge.text).toBe(text);
    expect(badge.title).toContain(title);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('tells failure from success by colour', () => {
    expect(badgeFor({ phase: 'failed', reason: 'x' }).color).not.toBe(badgeFor({ phase: 'done', report }).color);
  });
});

describe('notificationFor', () => {
  it('says what was cleared, with counts, and any note', () => {
    const text = notificationFor({ phase: 'done', report });
    expect(text.title).toBe('Logged out of example.com and sso.idp.test');
    expect(text.message).toContain('cleared 12 cookies and the storage of 4 origins');
    expect(text.message).toContain('Reloaded 1 other tab');
    expect(text.message).toContain('did not finish loading within 10 s');
  });

  it('says why on failure', () => {
    expect(notificationFor({ phase: 'failed', reason: 'Nothing to log out of on chrome:// pages.' })).toEqual({
      title: 'SignOff did not log out',
      message: 'Nothing to log out of on chrome:// pages.',
    });
  });
});

describe('menuItemFor', () => {
  it.each([
    ['https://mail.example.com/inbox', { title: 'Log out of example.com', enabled: true }],
    ['https://alice.github.io/', { title: 'Log out of alice.github.io', enabled: true }],
    ['chrome://version/', { title: 'Log out (nothing to log out of here)', enabled: false }],
    [undefined, { title: 'Log out (nothing to log out of here)', enabled: false }],
  ])('%s → %j', (url, item) => {
    expect(menuItemFor(siteOfUrl(url))).toEqual(item);
  });
});
