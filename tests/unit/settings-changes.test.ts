import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import { applyChange } from '../../src/core/settings-changes';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ site: 'a.test', loginUrl: 'https://a.test/in' }, { site: 'b.test' }],
};

describe('applyChange: one user change on top of the settings as stored', () => {
  it('adds a rule, and replaces one in place', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'C.test' } })).toEqual({
      settings: { ...current, sites: [...current.sites, { site: 'c.test' }] },
      removedSites: [],
    });
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'a.test' }, replacing: 'a.test' })).toEqual({
      settings: { ...current, sites: [{ site: 'a.test' }, { site: 'b.test' }] },
      removedSites: [],
    });
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'a.test' } })).toHaveProperty('issues');
  });

  it('renames a rule, removing the old item only', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'z.test' }, replacing: 'a.test' })).toEqual({
      settings: { ...current, sites: [{ site: 'z.test' }, { site: 'b.test' }] },
      removedSites: ['a.test'],
    });
  });

  it('refuses an invalid rule or a second rule for a site, per field', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'c.test', loginUrl: 'javascript:1' } })).toEqual({
      issues: [
        { severity: 'error', where: 'loginUrl', message: 'uses javascript: but only http: and https: are allowed' },
      ],
    });
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'b.test' }, replacing: 'a.test' })).toEqual({
      issues: [{ severity: 'error', where: 'site', message: 'b.test already has a rule' }],
    });
  });

  it('removes exactly the named rule', () => {
    expect(applyChange(current, { kind: 'removeRule', site: 'a.test' })).toEqual({
      settings: { ...current, sites: [{ site: 'b.test' }] },
      removedSites: ['a.test'],
    });
  });

  it('patches one default without touching the others', () => {
    const outcome = applyChange(
      { ...current, defaults: { ...current.defaults, otherTabs: 'close' } },
      { kind: 'patchDefaults', defaults: { clear: { cookies: false } } },
    );
    expect('settings' in outcome && outcome.settings.defaults).toEqual({
      ...DEFAULT_SETTINGS.defaults,
      clear: { ...DEFAULT_SETTINGS.defaults.clear, cookies: false },
      otherTabs: 'close',
    });
    expect(applyChange(current, { kind: 'patchDefaults', defaults: { notify: 'sometimes' } })).toEqual({
      issues: [{ severity: 'error', where: 'defaults, notify', message: 'must be true or false' }],
    });
  });

  it('replaces everything (import, undo), removing only rules it knew', () => {
    expect(applyChange(current, { kind: 'replaceAll', settings: { version: 1, sites: [{ site: 'b.test' }] } })).toEqual(
      {
        settings: { ...DEFAULT_SETTINGS, sites: [{ site: 'b.test' }] },
        removedSites: ['a.test'],
      },
    );
    expect(applyChange(current, { kind: 'replaceAll', settings: { version: 5 } })).toHaveProperty('issues');
  });

  it('never names a stored rule it could not read as removed', () => {
    // What storage held: one good rule, one written by a newer SignOff with a field this one refuses.
    const stored = parseSettings({
      version: 1,
      sites: [{ site: 'good.test' }, { site: 'newer.test', otherTabs: 'hibernate' }],
    });
    expect(stored.settings.sites).toEqual([{ site: 'good.test' }]);
    for (const change of [
      { kind: 'removeRule', site: 'good.test' },
      { kind: 'putRule', rule: { site: 'x.test' } },
      { kind: 'replaceAll', settings: { version: 1, sites: [] } },
    ] as const) {
      const outcome = applyChange(stored.settings, change);
      expect('removedSites' in outcome && outcome.removedSites).not.toContain('newer.test');
    }
  });
});
