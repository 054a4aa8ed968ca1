import { describe, expect, it } from 'vitest';
import { type AutoLogoutDraft, draftOf, type Rule, ruleFromDraft, type Settings } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const settings: Settings = { ...DEFAULT_SETTINGS, sites: [] };
const off: AutoLogoutDraft = { onLastTabClosed: false, onStartup: false, idle: false, idleMinutes: '30' };
const withAuto = (autoLogout: Partial<AutoLogoutDraft>) => ({
  ...draftOf(undefined, settings),
  site: 'a.test',
  autoLogout: { ...off, ...autoLogout },
});

describe('draftOf: a rule’s automatic logouts as the form shows them', () => {
  it.each<[string, Rule['autoLogout'], AutoLogoutDraft]>([
    ['none, with 30 minutes offered', undefined, off],
    ['the last tab', 'onLastTabClosed', { ...off, onLastTabClosed: true }],
    ['the idle time, with its minutes', { idleMinutes: 5 }, { ...off, idle: true, idleMinutes: '5' }],
    [
      'all three',
      ['onStartup', { idleMinutes: 1440 }, 'onLastTabClosed'],
      { onLastTabClosed: true, onStartup: true, idle: true, idleMinutes: '1440' },
    ],
  ])('%s', (_label, autoLogout, draft) => {
    const rule: Rule = { site: 'a.test', ...(autoLogout === undefined ? {} : { autoLogout }) };
    expect(draftOf(rule, { ...settings, sites: [rule] }).autoLogout).toEqual(draft);
  });

  it('offers 30 minutes for a new rule', () => {
    expect(draftOf(undefined, settings).autoLogout).toEqual(off);
  });
});

describe('ruleFromDraft: the automatic logouts switched on, in the file’s form', () => {
  it.each<[string, Partial<AutoLogoutDraft>, Rule['autoLogout']]>([
    ['none: no field', {}, undefined],
    ['minutes typed with the box off: no field', { idleMinutes: '0' }, undefined],
    ['one as itself', { onStartup: true }, 'onStartup'],
    ['the idle time, trimmed', { idle: true, idleMinutes: ' 45 ' }, { idleMinutes: 45 }],
    ['the least', { idle: true, idleMinutes: '1' }, { idleMinutes: 1 }],
    ['the most', { idle: true, idleMinutes: '1440' }, { idleMinutes: 1440 }],
    [
      'several, as a list in one order',
      { onStartup: true, idle: true, idleMinutes: '10', onLastTabClosed: true },
      ['onLastTabClosed', { idleMinutes: 10 }, 'onStartup'],
    ],
  ])('%s', (_label, autoLogout, field) => {
    expect(ruleFromDraft(withAuto(autoLogout), settings)).toEqual({
      rule: { site: 'a.test', ...(field === undefined ? {} : { autoLogout: field }) },
    });
  });

  it.each([
    ['0', '0'],
    ['more than a day', '1441'],
    ['not whole', '2.5'],
    ['empty', ''],
    ['negative', '-5'],
  ])('refuses minutes that are %s, as the form says it next to the field', (_label, typed) => {
    expect(ruleFromDraft(withAuto({ idle: true, idleMinutes: typed }), settings)).toEqual({
      errors: {
        autoLogout: 'Log out automatically, time without use must be a whole number of minutes from 1 to 1,440.',
      },
    });
  });

  it('says each wrong field once, the minutes among them', () => {
    const draft = { ...withAuto({ idle: true, idleMinutes: '0' }), loginUrl: 'javascript:1' };
    expect(ruleFromDraft(draft, settings)).toEqual({
      errors: {
        loginUrl: 'Login page uses javascript: but only http: and https: are allowed.',
        autoLogout: 'Log out automatically, time without use must be a whole number of minutes from 1 to 1,440.',
      },
    });
  });

  it('gives back the rule it was drafted from', () => {
    const rule: Rule = { site: 'a.test', otherTabs: 'leave', autoLogout: [{ idleMinutes: 20 }, 'onStartup'] };
    const shown = { ...settings, sites: [rule] };
    expect(ruleFromDraft(draftOf(rule, shown), shown, 'a.test')).toEqual({ rule });
  });
});
