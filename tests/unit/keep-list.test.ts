import { describe, expect, it } from 'vitest';
import { isKept, keptSites, splitByKeep } from '../../src/core/auto/keep';
import { applyChange, describeIssue, readStoredSettings, type Settings } from '../../src/core/settings';
import type { SettingsIssue } from '../../src/core/settings/issues';
import { parseKeepList } from '../../src/core/settings/keep-list';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const settings = (keep: string[], sites: Settings['sites'] = []): Settings => ({ ...DEFAULT_SETTINGS, keep, sites });

describe('parseKeepList: the keep list as stored or given', () => {
  it('makes each entry a site’s name, each once, in the order given', () => {
    const issues: SettingsIssue[] = [];
    expect(parseKeepList(['B.test', 'a.test.', 'b.test', 'mail.a.test'], issues)).toEqual([
      'b.test',
      'a.test',
      'mail.a.test',
    ]);
    expect(issues).toEqual([]);
    expect(parseKeepList(undefined, issues)).toEqual([]);
  });

  it('reports a wrong entry, naming it, and keeps the right ones (a caller that must refuse sees the error)', () => {
    const issues: SettingsIssue[] = [];
    expect(parseKeepList(['a.test', 'https://b.test/'], issues)).toEqual(['a.test']);
    expect(issues.map(describeIssue)).toEqual([
      'Sites to keep signed in entry 2 (keep[1]) "https://b.test/" must be a host name such as example.com, not a URL.',
    ]);
  });
});

describe('the keep list as stored', () => {
  it('loses no kept site to one entry this version cannot read', () => {
    const stored = {
      settings: { version: 1, defaults: DEFAULT_SETTINGS.defaults, keep: ['mail.test', { newer: true }] },
    };
    const state = readStoredSettings(stored, undefined);
    expect(state.settings.keep).toEqual(['mail.test']);
    expect(state.issues.map(describeIssue)).toEqual([expect.stringContaining('keep[1]')]);
  });
});

describe('applyChange setKeep: the whole list at once', () => {
  const current = settings(['a.test']);

  it('saves the list, and undoes to the list before', () => {
    expect(applyChange(current, { kind: 'setKeep', keep: ['a.test', 'Shop.test'] })).toEqual({
      settings: { ...current, keep: ['a.test', 'shop.test'] },
      changedSites: [],
      removedSites: [],
      replacedAll: false,
      undo: { kind: 'setKeep', keep: ['a.test'] },
    });
    expect(applyChange(current, { kind: 'setKeep', keep: [] })).toMatchObject({
      settings: { keep: [] },
      undo: { kind: 'setKeep', keep: ['a.test'] },
    });
  });

  it.each([
    [
      'com',
      'Sites to keep signed in entry 2 (keep[1]) "com" is a public suffix shared by many sites; name one site under it.',
    ],
    ['', 'Sites to keep signed in entry 2 (keep[1]) is empty.'],
    [
      'a.test/x',
      'Sites to keep signed in entry 2 (keep[1]) "a.test/x" must be a host name such as example.com, not a URL.',
    ],
  ])('refuses %j, naming the entry, and changes nothing', (entry, why) => {
    const outcome = applyChange(current, { kind: 'setKeep', keep: ['a.test', entry] });
    expect('issues' in outcome && outcome.issues.map(describeIssue)).toEqual([why]);
  });
});

describe('keptSites and splitByKeep: what "Log out of all sites" leaves signed in', () => {
  const rules: Settings['sites'] = [
    { site: 'mail.example.com', relatedSites: ['sso.idp.test'] },
    { site: 'bank.test', relatedSites: ['auth.bank-id.test', 'online.bank.test'] },
    { site: 'other.test', relatedSites: ['shared-idp.test'] },
  ];

  it.each<[string, string[], string[]]>([
    ['nothing when the list is empty', [], []],
    ['an entry’s whole site', ['example.com'], ['example.com', 'idp.test']],
    ['the whole site of an entry given as a subdomain', ['www.example.com'], ['example.com', 'idp.test']],
    ['the related sites of the site’s rule, as whole sites', ['bank.test'], ['bank-id.test', 'bank.test']],
    ['no related sites of a rule whose site is not kept', ['plain.test'], ['plain.test']],
    ['each site once', ['bank.test', 'online.bank.test'], ['bank-id.test', 'bank.test']],
  ])('%s', (_label, keep, kept) => {
    expect(keptSites(settings(keep, rules))).toEqual(kept);
  });

  it('splits the sites found into those to log out and those kept, subdomains with their site', () => {
    const found = ['example.com', 'idp.test', 'news.test', 'bank-id.test', 'shared-idp.test', 'news.test'];
    expect(splitByKeep(found, settings(['mail.example.com'], rules))).toEqual({
      logOut: ['bank-id.test', 'news.test', 'shared-idp.test'],
      kept: ['example.com', 'idp.test'],
    });
    expect(isKept('app.example.com', ['example.com'])).toBe(true);
    expect(isKept('notexample.com', ['example.com'])).toBe(false);
    expect(isKept('example.com', ['mail.example.com'])).toBe(false);
  });

  it('keeps nothing, and logs out of everything found, when the list is empty', () => {
    expect(splitByKeep(['b.test', 'a.test'], settings([], rules))).toEqual({ logOut: ['a.test', 'b.test'], kept: [] });
  });
});
