import { describe, expect, it } from 'vitest';
import {
  badgeFor,
  menuItemFor,
  notificationFor,
  notificationShown,
  undoNotificationFor,
} from '../../src/core/feedback';
import type { LogoutReport } from '../../src/core/logout/report';
import { siteOfUrl } from '../../src/core/site';
import { describeLanding } from '../../src/core/wording';

const report: LogoutReport = {
  site: 'example.com',
  relatedSites: ['sso.idp.test'],
  found: { cookies: 12, addresses: 4, frames: 0 },
  left: [],
  otherTabs: { action: 'reload', count: 1 },
  landing: { outcome: 'reached', url: 'https://example.com/login' },
  notes: ["The site's logout page did not finish loading within 10 s; SignOff went on."],
};
const undo = { id: 'u1', site: 'example.com', expiresAt: 10_000, serverSessionEnded: false };

describe('badgeFor', () => {
  it.each([
    [{ phase: 'running', site: 'example.com' } as const, '…', 'logging out of example.com'],
    [{ phase: 'done', report } as const, '✓', 'Cleared 12 cookies'],
    [{ phase: 'failed', reason: 'Nothing to log out of: this tab is empty.' } as const, '!', 'this tab is empty'],
  ])('%j shows %s', (progress, text, title) => {
    const badge = badgeFor(progress);
    expect(badge.text).toBe(text);
    expect(badge.title).toContain(title);
    expect(badge.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('tells failure from success by colour', () => {
    expect(badgeFor({ phase: 'failed', reason: 'x' }).color).not.toBe(badgeFor({ phase: 'done', report }).color);
  });

  it('warns when something of the site survived', () => {
    const left = [{ kind: 'cookie' as const, name: 'sid', domain: 'example.com' }];
    const badge = badgeFor({ phase: 'done', report: { ...report, left } });
    expect(badge.text).toBe('!');
    expect(badge.title).toContain('Still there after clearing twice: cookie "sid" of example.com');
  });
});

describe('notificationFor', () => {
  it('names the sites once in the title, and says what was found, cleared and left in the message', () => {
    const text = notificationFor({ phase: 'done', report });
    expect(text.title).toBe('Logged out of example.com and sso.idp.test');
    expect(text.message).not.toContain('Logged out of');
    expect(text.message).toContain('Cleared 12 cookies and saved data on 4 addresses.');
    expect(text.message).toContain('The tab is now at https://example.com/login.');
    expect(text.message).toContain('Reloaded 1 other tab');
    expect(text.message).toContain('did not finish loading within 10 s');
    expect(text.undo).toBe(false);
  });

  it('offers Undo when the report does, and says plainly when the server session cannot come back', () => {
    expect(notificationFor({ phase: 'done', report: { ...report, undo } }).undo).toBe(true);
    const serverEnded = notificationFor({
      phase: 'done',
      report: { ...report, undo: { ...undo, serverSessionEnded: true } },
    });
    expect(serverEnded.message).toContain('but not the session the site’s server ended');
  });

  it('says why on failure', () => {
    expect(notificationFor({ phase: 'failed', reason: 'Nothing to log out of: this tab is empty.' })).toEqual({
      title: 'SignOff did not log out',
      message: 'Nothing to log out of: this tab is empty.',
      undo: false,
    });
  });

  it('reports what Undo put back, or why it could not', () => {
    const done = undoNotificationFor({
      report: {
        site: 'example.com',
        cookiesRestored: 3,
        cookiesRefused: [],
        storage: 'restored',
        pageUrl: 'https://example.com/a',
        reopened: false,
      },
    });
    expect(done.title).toBe('Undone: example.com is back');
    expect(done.message).toBe('Put back 3 cookies and the page’s local and session storage.');
    expect(undoNotificationFor({ error: 'Too late' })).toMatchObject({
      title: 'SignOff could not undo',
      message: 'Too late',
    });
  });
});

describe('describeLanding: a login page that fails is told, and the logout stands', () => {
  it.each([
    [{ outcome: 'reached', url: 'https://a.test/' } as const, 'The tab is now at https://a.test/.'],
    [
      { outcome: 'failed', url: 'https://a.test/', error: 'net::ERR_NAME_NOT_RESOLVED' } as const,
      'did not load (net::ERR_NAME_NOT_RESOLVED). You are logged out all the same.',
    ],
    [
      { outcome: 'httpError', url: 'https://a.test/', status: 500 } as const,
      'answered with an error (HTTP 500). You are logged out all the same.',
    ],
    [{ outcome: 'tabClosed', url: 'https://a.test/' } as const, 'The tab was closed'],
  ])('%j', (landing, text) => {
    expect(describeLanding(landing)).toContain(text);
  });
});

describe('notificationShown: an Undo on offer, as each browser can show it', () => {
  const text = { title: 'Logged out of shop.test', message: 'Cleared 6 cookies.', undo: true };
  it.each([
    [true, true, 'Cleared 6 cookies.', ['Undo']],
    [true, false, 'Cleared 6 cookies. To undo, open SignOff within 10 s.', []],
    [false, true, 'Cleared 6 cookies.', []],
    [false, false, 'Cleared 6 cookies.', []],
  ])('undo %s, buttons %s: %s %j', (undo, hasButtons, message, buttons) => {
    expect(notificationShown({ ...text, undo }, { hasButtons })).toEqual({ title: text.title, message, buttons });
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
