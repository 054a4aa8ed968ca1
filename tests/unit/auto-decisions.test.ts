import { describe, expect, it } from 'vitest';
import {
  afterIdleLogout,
  idleDue,
  idleRulesOf,
  LONGEST_UNSEEN_USE_MS,
  nextIdleDue,
  recordUse,
  ruleInUse,
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
    ] as Rule[],
  });
  const MINUTE = 60_000;
  const t0 = 1_000_000_000;

  it('reads the idle rules and which one the tab in front uses', () => {
    expect(rules.map((rule) => [rule.host, rule.minutes])).toEqual([
      ['shop.test', 10],
      ['mail.test', 1],
    ]);
    expect(ruleInUse(rules, 'app.shop.test')).toBe('shop.test');
    expect(ruleInUse(rules, 'login.idp.test')).toBe('shop.test');
    expect(ruleInUse(rules, 'www.news.test')).toBeUndefined();
    expect(ruleInUse(rules, undefined)).toBeUndefined();
  });

  it('starts counting a rule when it is first seen, not from the epoch', () => {
    const book = recordUse({ lastUsed: {} }, rules, undefined, t0);
    expect(book.lastUsed).toEqual({ 'shop.test': t0, 'mail.test': t0 });
    expect(idleDue(book, rules, t0 + 59_999)).toEqual([]);
    expect(idleDue(book, rules, t0 + MINUTE).map((rule) => rule.host)).toEqual(['mail.test']);
    expect(nextIdleDue(book, rules)).toBe(t0 + MINUTE);
  });

  it('counts a site in use until the check that finds it no longer in use', () => {
    let book = recordUse({ lastUsed: {} }, rules, 'mail.test', t0);
    book = recordUse(book, rules, 'mail.test', t0 + MINUTE);
    expect(idleDue(book, rules, t0 + 5 * MINUTE)).toEqual([]);
    book = recordUse(book, rules, undefined, t0 + 2 * MINUTE);
    expect(book.lastUsed['mail.test']).toBe(t0 + 2 * MINUTE);
    expect(idleDue(book, rules, t0 + 3 * MINUTE - 1)).toEqual([]);
    expect(idleDue(book, rules, t0 + 3 * MINUTE).map((rule) => rule.host)).toEqual(['mail.test']);
  });

  it('does not count the time the browser was closed as use', () => {
    const before: UseBook = { lastUsed: { 'shop.test': t0, 'mail.test': t0 }, inUse: 'shop.test', checkedAt: t0 };
    const book = recordUse(before, rules, undefined, t0 + 60 * MINUTE);
    expect(book.lastUsed['shop.test']).toBe(t0 + LONGEST_UNSEEN_USE_MS);
    expect(idleDue(book, rules, t0 + 60 * MINUTE).map((rule) => rule.host)).toEqual(['shop.test', 'mail.test']);
  });

  it('never logs out the site in use, and after a logout counts its minutes again', () => {
    const book = recordUse({ lastUsed: { 'mail.test': t0 }, checkedAt: t0 }, rules, 'mail.test', t0 + 30 * MINUTE);
    expect(idleDue(book, rules, t0 + 30 * MINUTE).map((rule) => rule.host)).toEqual([]);
    expect(nextIdleDue(book, rules)).toBe(t0 + 40 * MINUTE);
    const after = afterIdleLogout(book, ['shop.test'], t0 + 40 * MINUTE);
    expect(idleDue(after, rules, t0 + 49 * MINUTE)).toEqual([]);
  });

  it('drops the rules that are gone, and has nothing due without rules', () => {
    const book = recordUse({ lastUsed: { 'gone.test': t0 } }, rules, undefined, t0);
    expect(Object.keys(book.lastUsed)).not.toContain('gone.test');
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
