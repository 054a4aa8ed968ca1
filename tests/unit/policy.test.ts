import { describe, expect, it } from 'vitest';
import {
  choicesFor,
  describeIssue,
  isOverridden,
  type ManagedPolicy,
  managedRuleFor,
  NO_POLICY,
  parsePolicy,
  refusedByPolicy,
  type Settings,
  type SettingsChange,
  settingsInForce,
} from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const user: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [
    { site: 'shop.test', loginUrl: 'https://shop.test/mine' },
    { site: 'app.crm.test', otherTabs: 'leave' },
    { site: 'mail.test' },
  ],
  defaults: { ...DEFAULT_SETTINGS.defaults, otherTabs: 'close' },
};

const policy = parsePolicy({
  sites: [
    { site: 'shop.test', loginUrl: 'https://sso.corp.test/shop', relatedSites: ['sso.corp.test'] },
    { site: 'crm.test', logoutUrl: 'https://crm.test/logout' },
  ],
});

describe('what an organisation’s policy sets, over the user’s settings', () => {
  const inForce = settingsInForce(user, policy);
  const cases: Array<[string, string, string | undefined]> = [
    ['a managed rule wins for its own site', 'app.shop.test', 'https://sso.corp.test/shop'],
    ['a managed rule wins over a user rule for one of its hosts', 'app.crm.test', undefined],
    ['a user rule no managed rule covers still applies', 'mail.test', undefined],
  ];
  it.each(cases)('%s', (_, host, loginUrl) => {
    expect(choicesFor(inForce, host).rule?.loginUrl).toBe(loginUrl);
  });

  it('keeps the user’s rules stored, and marks those no longer used', () => {
    expect(user.sites.map((rule) => [rule.site, isOverridden(rule, policy)])).toEqual([
      ['shop.test', true],
      ['app.crm.test', true],
      ['mail.test', false],
    ]);
    expect(choicesFor(inForce, 'app.crm.test').rule?.logoutUrl).toBe('https://crm.test/logout');
    expect(choicesFor(inForce, 'app.crm.test').otherTabs).toBe('close');
    expect(managedRuleFor('www.shop.test', policy)?.site).toBe('shop.test');
    expect(managedRuleFor('mail.test', policy)).toBeUndefined();
  });

  it('replaces the user’s defaults with the policy’s, filled from the built-in ones', () => {
    const withDefaults = parsePolicy({ defaults: { clear: { cacheStorage: false } } });
    const defaults = settingsInForce(user, withDefaults).defaults;
    expect(defaults.otherTabs).toBe('reload');
    expect(defaults.clear).toEqual({ ...DEFAULT_SETTINGS.defaults.clear, cacheStorage: false });
    expect(settingsInForce(user, NO_POLICY)).toBe(user);
  });
});

describe('invalid policy values', () => {
  it('reports an invalid managed rule by its place and reason, and keeps the valid ones', () => {
    const parsed = parsePolicy({
      sites: [{ site: 'good.test' }, { site: 'bad.test', loginUrl: 'javascript:alert(1)' }, { loginUrl: 7 }],
      lockRules: 'yes',
      extra: 1,
    });
    expect(parsed.rules.map((rule) => rule.site)).toEqual(['good.test']);
    expect(parsed.lockRules).toBe(false);
    const said = parsed.issues.map(describeIssue);
    expect(said).toContainEqual(
      expect.stringMatching(/^Your organization’s rule 2 \(bad\.test\): Login page \(loginUrl\)/),
    );
    expect(said).toContainEqual(expect.stringMatching(/^Your organization’s rule 3: /));
    expect(said).toContainEqual(expect.stringContaining('lockRules'));
    expect(said).toContainEqual(expect.stringContaining('extra'));
  });

  it('reports invalid defaults and leaves the user’s in force, and takes no automatic logouts from a policy', () => {
    for (const defaults of ['x', { otherTabs: 'bogus', notify: false }]) {
      const parsed = parsePolicy({ defaults });
      expect(parsed.defaults).toBeUndefined();
      expect(parsed.issues.length).toBeGreaterThan(0);
      expect(settingsInForce(user, parsed).defaults).toEqual(user.defaults);
    }
    expect(parsePolicy({ sites: [{ site: 'a.test', autoLogout: 'onStartup' }] }).rules).toEqual([{ site: 'a.test' }]);
  });

  it('reads no policy from nothing, or from what is not an object', () => {
    for (const nothing of [undefined, {}, [], 'sites', null]) expect(parsePolicy(nothing)).toEqual(NO_POLICY);
  });

  it('reads sites that are not a list as no rules, and says so', () => {
    const parsed = parsePolicy({ sites: { site: 'a.test' } });
    expect(parsed.rules).toEqual([]);
    expect(parsed.issues.length).toBe(1);
  });
});

describe('changes the policy refuses', () => {
  const locked: ManagedPolicy = { ...policy, lockRules: true };
  const withDefaults = parsePolicy({ defaults: { notify: false } });
  const changes: Array<[SettingsChange, ManagedPolicy, boolean]> = [
    [{ kind: 'putRule', rule: { site: 'a.test' } }, locked, true],
    [{ kind: 'removeRule', site: 'mail.test' }, locked, true],
    [{ kind: 'replaceAll', settings: { version: 1 } }, locked, true],
    [{ kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'https://a.test/' }, locked, true],
    [{ kind: 'setKeep', keep: ['a.test'] }, locked, false],
    [{ kind: 'patchDefaults', defaults: { notify: true } }, locked, false],
    [{ kind: 'patchDefaults', defaults: { notify: true } }, withDefaults, true],
    [{ kind: 'putRule', rule: { site: 'shop.test' } }, policy, false],
    [{ kind: 'setLoginUrl', host: 'app.shop.test', site: 'shop.test', loginUrl: 'https://x.test/' }, policy, true],
    [{ kind: 'setLoginUrl', host: 'mail.test', site: 'mail.test', loginUrl: 'https://mail.test/' }, policy, false],
  ];
  it.each(changes)('%j', (change, given, refused) => {
    expect(refusedByPolicy(change, given) !== undefined).toBe(refused);
  });
});
