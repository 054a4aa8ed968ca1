import { describe, expect, it } from 'vitest';
import { tabsOnSites } from '../../src/core/logout/other-tabs';
import { choicesFor, draftOf, ruleForHost, ruleFromDraft, type Settings, toggleClear } from '../../src/core/settings';
import { applyRule, removeRule } from '../../src/core/settings/rules';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [
    { site: 'example.com', loginUrl: 'https://example.com/login' },
    { site: 'mail.example.com', loginUrl: 'https://mail.example.com/in', otherTabs: 'close' },
    { site: 'alice.github.io', clear: { cacheStorage: false } },
  ],
};

describe('ruleForHost: the most specific rule wins', () => {
  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'example.com'],
    ['mail.example.com', 'mail.example.com'],
    ['inbox.mail.example.com', 'mail.example.com'],
    ['alice.github.io', 'alice.github.io'],
    ['bob.github.io', undefined],
    ['badexample.com', undefined],
    ['example.com.evil.net', undefined],
  ])('%s → %s', (host, site) => {
    expect(ruleForHost(settings, host)?.site).toBe(site);
  });
});

describe('choicesFor: rule over defaults', () => {
  it('takes the rule where it speaks and the defaults elsewhere', () => {
    expect(choicesFor(settings, 'mail.example.com').otherTabs).toBe('close');
    expect(choicesFor(settings, 'www.example.com').otherTabs).toBe('reload');
    expect(choicesFor(settings, 'alice.github.io').clear).toEqual({
      ...DEFAULT_SETTINGS.defaults.clear,
      cacheStorage: false,
    });
    expect(choicesFor(settings, 'nowhere.test')).toEqual({
      clear: DEFAULT_SETTINGS.defaults.clear,
      otherTabs: 'reload',
    });
  });
});

describe('editing rules', () => {
  it('applyRule replaces in place or appends; removeRule removes', () => {
    const edited = applyRule(settings, { site: 'example.com' });
    expect(edited.sites.map((r) => r.site)).toEqual(['example.com', 'mail.example.com', 'alice.github.io']);
    expect(edited.sites[0]).toEqual({ site: 'example.com' });
    expect(applyRule(settings, { site: 'new.test' }).sites).toHaveLength(4);
    expect(applyRule(settings, { site: 'renamed.test' }, 'example.com').sites[0]?.site).toBe('renamed.test');
    expect(removeRule(settings, 'mail.example.com').sites.map((r) => r.site)).toEqual([
      'example.com',
      'alice.github.io',
    ]);
    expect(settings.sites).toHaveLength(3);
  });

  it('turns a form draft into a rule, leaving out what follows the defaults', () => {
    const draft = { ...draftOf(undefined, settings), site: 'New.test', relatedSites: 'sso.test, , idp.test' };
    expect(ruleFromDraft(draft, settings)).toEqual({
      rule: { site: 'new.test', relatedSites: ['sso.test', 'idp.test'] },
    });
    const noCookies = { ...toggleClear(draft, 'cookies', false), otherTabs: 'leave' as const };
    expect(ruleFromDraft(noCookies, settings)).toEqual({
      rule: { site: 'new.test', relatedSites: ['sso.test', 'idp.test'], clear: { cookies: false }, otherTabs: 'leave' },
    });
  });

  it('keeps the data types a rule decides itself, even where they equal the defaults today', () => {
    const explicit: Settings = { ...settings, sites: [{ site: 'x.test', clear: { cookies: true } }] };
    const draft = draftOf(explicit.sites[0], explicit);
    expect(ruleFromDraft(draft, explicit, 'x.test')).toEqual({ rule: { site: 'x.test', clear: { cookies: true } } });
    const toggledTwice = toggleClear(toggleClear(draft, 'indexedDB', false), 'indexedDB', true);
    expect(ruleFromDraft(toggledTwice, explicit, 'x.test')).toEqual({
      rule: { site: 'x.test', clear: { cookies: true, indexedDB: true } },
    });
  });

  it('refuses a draft for a site that already has a rule, unless it is that rule', () => {
    const draft = draftOf(settings.sites[0], settings);
    expect(ruleFromDraft(draft, settings)).toEqual({
      errors: { site: 'Site example.com already has a rule; edit that one instead.' },
    });
    expect(ruleFromDraft(draft, settings, 'example.com')).toHaveProperty('rule');
  });
});

describe('tabsOnSites', () => {
  const tabs = [
    { id: 1, url: 'https://app.example.com/', storeId: '0' },
    { id: 2, url: 'https://www.example.com/x', storeId: '0' },
    { id: 3, url: 'https://sso.idp.test/', storeId: '0' },
    { id: 4, url: 'https://www.idp.test/', storeId: '0' },
    { id: 5, url: 'chrome://newtab/', storeId: '0' },
    { id: 6, url: 'https://badexample.com/', storeId: '0' },
    // The same site in a private window, and in two Firefox containers: other sessions.
    { id: 7, url: 'https://www.example.com/', storeId: '1' },
    { id: 8, url: 'https://app.example.com/', storeId: 'firefox-container-1' },
    { id: 9, url: 'https://www.example.com/', storeId: 'firefox-container-2' },
  ];

  it('finds the other tabs on the site and its related sites, in the same cookie store only', () => {
    expect(tabsOnSites(tabs, ['example.com', 'sso.idp.test'], { tabId: 1, storeId: '0' })).toEqual([2, 3]);
  });

  it.each([
    [{ tabId: 7, storeId: '1' }, []],
    [{ tabId: 1, storeId: '1' }, [7]],
    [{ tabId: 8, storeId: 'firefox-container-1' }, []],
    [{ tabId: 99, storeId: 'firefox-container-2' }, [9]],
  ])('from a tab in store %o, reaches %o and no tab of another store', (target, expected) => {
    expect(tabsOnSites(tabs, ['example.com'], target)).toEqual(expected);
  });
});
