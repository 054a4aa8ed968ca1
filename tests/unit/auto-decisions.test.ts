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
import { dequeue, enqueue, markStarted, type QueuedLogout } from '../../src/core/auto/queue';
import { stillDue } from '../../src/core/auto/still-due';
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
  const item = (host: string, id: string, extra: Partial<QueuedLogout> = {}): QueuedLogout => ({
    id,
    host,
    storeId: REGULAR,
    reason: 'lastTabClosed',
    sendTabs: false,
    queuedAt: 1,
    ...extra,
  });

  it('holds a request once while it waits, but queues it anew once begun', () => {
    let queue = enqueue(
      [item('shop.test', '1')],
      [item('shop.test', '2'), item('shop.test', '3', { storeId: PRIVATE })],
    );
    expect(queue.map((queued) => queued.id)).toEqual(['1', '3']);
    queue = markStarted(queue, ['1']);
    queue = enqueue(queue, [item('shop.test', '4'), item('mail.test', '5', { reason: 'idle', sendTabs: true })]);
    expect(queue.map((queued) => queued.id)).toEqual(['1', '3', '4', '5']);
    expect(dequeue(queue, { id: '1' }).map((queued) => queued.id)).toEqual(['3', '4', '5']);
  });

  it('keeps requests that differ in what they clear apart', () => {
    const queue = enqueue(
      [],
      [
        item('shop.test', '1', { reason: 'all', sendTabs: true, spare: ['mail.test'] }),
        item('shop.test', '2', { reason: 'idle', sendTabs: true }),
      ],
    );
    expect(queue.length).toBe(2);
  });
});

describe('whether a queued automatic logout is still due when it runs', () => {
  const settings = {
    sites: [
      { site: 'shop.test', autoLogout: ['onLastTabClosed', 'onStartup'] },
      { site: 'mail.test', autoLogout: { idleMinutes: 5 } },
    ] as Rule[],
  };
  const queued = (host: string, reason: QueuedLogout['reason'], storeId = REGULAR): QueuedLogout => ({
    id: 'x',
    host,
    storeId,
    reason,
    sendTabs: reason !== 'lastTabClosed',
    queuedAt: 1,
  });
  const cases: Array<[string, QueuedLogout, ReturnType<typeof place>[], boolean]> = [
    ['its last tab closed, and it is still closed', queued('shop.test', 'lastTabClosed'), [place('mail.test')], true],
    ['reopened since', queued('shop.test', 'lastTabClosed'), [place('app.shop.test')], false],
    ['reopened only in a private window', queued('shop.test', 'lastTabClosed'), [place('shop.test', PRIVATE)], true],
    ['the rule no longer says so', queued('mail.test', 'lastTabClosed'), [], false],
    ['the rule is gone', queued('gone.test', 'idle'), [], false],
    ['idle, and the rule still has minutes', queued('mail.test', 'idle'), [place('mail.test')], true],
    ['at startup', queued('shop.test', 'startup'), [place('shop.test')], true],
    ['all sites, as asked', queued('other.test', 'all'), [], true],
  ];
  it.each(cases)('%s', (_, item, open, due) => {
    expect(stillDue(item, settings, open)).toBe(due);
  });
});
