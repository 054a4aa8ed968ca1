import { describe, expect, it } from 'vitest';
import { type AutoLogoutChoice, autoLogoutFrom, autoLogoutOf, hasAutoLogout } from '../../src/core/auto/moments';
import { describeAutoLogout } from '../../src/core/auto/wording';
import type { AutoLogout } from '../../src/core/settings';

const choice = (extra: Partial<AutoLogoutChoice> = {}): AutoLogoutChoice => ({
  onLastTabClosed: false,
  onStartup: false,
  ...extra,
});

describe('autoLogoutOf and autoLogoutFrom: a rule’s field and the switches the form shows', () => {
  it.each<[string, AutoLogout | undefined, AutoLogoutChoice]>([
    ['none', undefined, choice()],
    ['one moment as itself', 'onLastTabClosed', choice({ onLastTabClosed: true })],
    ['the idle time alone', { idleMinutes: 30 }, choice({ idleMinutes: 30 })],
    ['startup alone', 'onStartup', choice({ onStartup: true })],
    [
      'all three, in the file’s order',
      ['onLastTabClosed', { idleMinutes: 1440 }, 'onStartup'],
      choice({ onLastTabClosed: true, onStartup: true, idleMinutes: 1440 }),
    ],
    ['two', ['onLastTabClosed', 'onStartup'], choice({ onLastTabClosed: true, onStartup: true })],
  ])('%s', (_label, field, switches) => {
    expect(autoLogoutOf(field === undefined ? {} : { autoLogout: field })).toEqual(switches);
    expect(autoLogoutFrom(switches)).toEqual(field);
    expect(hasAutoLogout(switches)).toBe(field !== undefined);
  });

  it('reads a list in any order, and a list of one, and writes each back in one order', () => {
    const read = autoLogoutOf({ autoLogout: ['onStartup', { idleMinutes: 5 }] });
    expect(read).toEqual(choice({ onStartup: true, idleMinutes: 5 }));
    expect(autoLogoutFrom(read)).toEqual([{ idleMinutes: 5 }, 'onStartup']);
    expect(autoLogoutFrom(autoLogoutOf({ autoLogout: ['onStartup'] }))).toBe('onStartup');
    expect(autoLogoutOf({ autoLogout: [] })).toEqual(choice());
    expect(autoLogoutOf(undefined)).toEqual(choice());
  });
});

describe('describeAutoLogout: when a site is logged out by itself, in words', () => {
  it.each<[AutoLogoutChoice | undefined, string]>([
    [undefined, ''],
    [choice(), ''],
    [choice({ onLastTabClosed: true }), 'when its last tab closes'],
    [choice({ idleMinutes: 1 }), 'after 1 minute without use'],
    [choice({ idleMinutes: 1440 }), 'after 1,440 minutes without use'],
    [choice({ onStartup: true }), 'when the browser starts'],
    [choice({ onLastTabClosed: true, idleMinutes: 30 }), 'when its last tab closes and after 30 minutes without use'],
    [
      choice({ onLastTabClosed: true, idleMinutes: 30, onStartup: true }),
      'when its last tab closes, after 30 minutes without use, and when the browser starts',
    ],
  ])('%j', (given, words) => {
    expect(describeAutoLogout(given)).toBe(words);
  });
});
