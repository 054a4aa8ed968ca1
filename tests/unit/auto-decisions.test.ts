import { describe, expect, it } from 'vitest';
import {
  afterIdleLogout,
  idleDue,
  idleRulesOf,
  LONGEST_UNSEEN_USE_MS,
  nextIdleDue,
  recordUse,
  rulesInUse,
  type UseBook,
} from '../../src/core/auto/idle';
import { sitesLeftWithoutTabs, watchedForLastTab } from '../../src/core/auto/last-tab';
import { dequeue, enqueue, type QueuedLogout } from '../../src/core/auto/queue';
import type { Rule } from '../../src/core/settings';

const REGULAR = '0';
const PRIVATE = '1';
const place = (host: string, storeId = REGULAR) => ({ host, storeId });

describe('which sites a closed tab leaves with no tab', () => {
  const settings = {
    sites: [
      { site: 'shop.test', autoLogout: 'onLastTabClosed', relatedSites: ['idp.test'] },
      { site: 'mail.test', autoLogout: ['onStartup', 'onLastTabClosed'] },
      { site: 'news.test', autoLogout: { idleMinutes: 5 } },
    ] as Rule[],
  };
  const cases: Array<[string, ReturnType<typeof place>, ReturnType<typeof place>[], string[]]> = [
    ['the last tab of the site', place('app.shop.test'), [place('mail.test')], ['shop.test']],
    ['a subdomain still open', place('app.shop.test'), [place('www.shop.test')], []],
    ['a related site still open keeps the site open', place('app.shop.test'), [place('login.idp.test')], []],
    ['the last tab of a related site', place('login.idp.test'), [], ['shop.test']],
    ['open only in a private window', place('app.shop.test'), [place('app.shop.test', PRIVATE)], ['shop.test']],
    ['a site whose rule logs out otherwise', place('www.news.test'), [], []],
    ['a site without a rule', place('www.other.test'), [], []],
    ['a rule with a list of moments', place('mail.test'), [place('shop.test')], ['mail.test']],
  ];
  it.each(cases)('%s', (_, closed, open, expected) => {
    expect(sitesLeftWithoutTabs([closed], open, settings).map((target) => target.host)).toEqual(expected);
  });

  it('logs out in the cookie store the tab was in, with the origin it was on', () => {
    const closed = { host: 'app.shop.test', storeId: PRIVATE, origin: 'https://app.shop.test:8443' };
    expect(sitesLeftWithoutTabs([closed], [place('app.shop.test')], settings)).toEqual([
      { host: 'shop.test', storeId: PRIVATE, origins: ['https://app.shop.test:8443'] },
    ]);
  });

  it('watches only the tabs whose closing could log a site out', () => {
    expect(watchedForLastTab('app.shop.test', settings)).toBe(true);
    expect(watchedForLastTab('login.idp.test', settings)).toBe(true);
    expect(watchedForLastTab('www.news.test', settings)).toBe(false);
    expect(watchedForLastTab('other.test', settings)).toBe(false);
  });
});

describe('idle bookkeeping', () => {
  const rules = idleRulesOf({
    sites: [
      { site: 'shop.test', autoLogout: { idleMinutes: 10 }, relatedSites: ['idp.test'] },
      { site: 'mail.test', autoLogout: ['onStartup', { idleMinutes: 1 }] },
      { site: 'news.test', autoLogout: 'onLastTabClosed' },
      { site: 'app.shop.test', autoLogout: { idleMinutes: 3 } },
    ] as Rule[],
  });
  const MINUTE = 60_000;
  const t0 = 1_000_000_000;
  const hosts = (due: Array<{ host: string }>) => due.map((rule) => rule.host);

  it('reads the idle rules, and every one that the tab in front uses', () => {
    expect(rules.map((rule) => [rule.host, rule.minutes])).toEqual([
      ['shop.test', 10],
      ['mail.test', 1],
      ['app.shop.test', 3],
    ]);
    expect(rulesInUse(rules, 'app.shop.test')).toEqual(['shop.test', 'app.shop.test']);
    expect(rulesInUse(rules, 'login.idp.test')).toEqual(['shop.test']);
    expect(rulesInUse(rules, 'www.news.test')).toEqual([]);
    expect(rulesInUse(rules, undefined)).toEqual([]);
  });

  it('starts counting a rule when it is first seen, not from the epoch', () => {
    const book = recordUse({ lastUsed: {} }, rules, [], t0);
    expect(book.lastUsed).toEqual({ 'shop.test': t0, 'mail.test': t0, 'app.shop.test': t0 });
    expect(idleDue(book, rules, t0 + 59_999)).toEqual([]);
    expect(hosts(idleDue(book, rules, t0 + MINUTE))).toEqual(['mail.test']);
    expect(nextIdleDue(book, rules)).toBe(t0 + MINUTE);
  });

  it('counts a site in use until the check that finds it no longer in use', () => {
    let book = recordUse({ lastUsed: {} }, rules, ['mail.test'], t0);
    book = recordUse(book, rules, ['mail.test'], t0 + MINUTE);
    expect(hosts(idleDue(book, rules, t0 + 5 * MINUTE))).toEqual(['app.shop.test']);
    book = recordUse(book, rules, [], t0 + 2 * MINUTE);
    expect(book.lastUsed['mail.test']).toBe(t0 + 2 * MINUTE);
    expect(hosts(idleDue(book, rules, t0 + 3 * MINUTE - 1))).toEqual([]);
    expect(hosts(idleDue(book, rules, t0 + 3 * MINUTE))).toEqual(['mail.test', 'app.shop.test']);
  });

  it('does not count the time the browser was closed as use', () => {
    const before: UseBook = {
      lastUsed: { 'shop.test': t0, 'mail.test': t0, 'app.shop.test': t0 },
      inUse: ['shop.test'],
      checkedAt: t0,
    };
    const book = recordUse(before, rules, [], t0 + 60 * MINUTE);
    expect(book.lastUsed['shop.test']).toBe(t0 + LONGEST_UNSEEN_USE_MS);
    expect(hosts(idleDue(book, rules, t0 + 60 * MINUTE))).toEqual(['shop.test', 'mail.test', 'app.shop.test']);
  });

  it('never logs out a site in use, even when two rules cover the page', () => {
    const book = recordUse(
      { lastUsed: {}, checkedAt: t0 },
      rules,
      rulesInUse(rules, 'app.shop.test'),
      t0 + 30 * MINUTE,
    );
    expect(hosts(idleDue(book, rules, t0 + 60 * MINUTE))).toEqual(['mail.test']);
    expect(nextIdleDue(book, rules)).toBe(t0 + 31 * MINUTE);
  });

  it('logs a site out once, then waits until it is used again', () => {
    let book = recordUse({ lastUsed: {} }, rules, [], t0);
    book = afterIdleLogout(book, hosts(idleDue(book, rules, t0 + MINUTE)));
    book = recordUse(book, rules, [], t0 + 10 * MINUTE);
    expect(hosts(idleDue(book, rules, t0 + 10 * MINUTE))).toEqual(['shop.test', 'app.shop.test']);
    expect(nextIdleDue(afterIdleLogout(book, ['shop.test', 'app.shop.test']), rules)).toBeUndefined();
    book = recordUse(book, rules, ['mail.test'], t0 + 20 * MINUTE);
    book = recordUse(book, rules, [], t0 + 21 * MINUTE);
    expect(hosts(idleDue(book, rules, t0 + 22 * MINUTE))).toContain('mail.test');
  });

  it('drops the rules that are gone, and has nothing due without rules', () => {
    const book = recordUse({ lastUsed: { 'gone.test': t0 }, dormant: ['gone.test'] }, rules, [], t0);
    expect(Object.keys(book.lastUsed)).not.toContain('gone.test');
    expect(book.dormant).toBeUndefined();
    expect(nextIdleDue(book, [])).toBeUndefined();
  });
});

describe('the queue of logouts', () => {
  const item = (host: string, storeId = REGULAR): QueuedLogout => ({
    host,
    storeId,
    reason: 'lastTabClosed',
    sendTabs: false,
    queuedAt: 1,
  });

  it('holds each site once per cookie store, and lets go of one that ran', () => {
    const queue = enqueue([item('shop.test')], [item('app.shop.test'), item('shop.test', PRIVATE), item('mail.test')]);
    expect(queue.map((queued) => `${queued.host} ${queued.storeId}`)).toEqual([
      'shop.test 0',
      'shop.test 1',
      'mail.test 0',
    ]);
    expect(dequeue(queue, item('www.shop.test')).map((queued) => queued.host)).toEqual(['shop.test', 'mail.test']);
  });
});
