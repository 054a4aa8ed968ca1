import { describe, expect, it } from 'vitest';
import { type AppliedChange, applyChange, type Settings, type SettingsChange } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const current: Settings = {
  ...DEFAULT_SETTINGS,
  sites: [{ site: 'a.test', loginUrl: 'https://a.test/in' }, { site: 'b.test' }],
};
const oldA = { site: 'a.test', loginUrl: 'https://a.test/in' };
const applied = (
  settings: Settings,
  changedSites: string[],
  removedSites: string[],
  undo: SettingsChange,
): AppliedChange => ({ settings, changedSites, removedSites, replacedAll: false, undo });

describe('applyChange: one user change on top of the settings as stored', () => {
  it('adds a rule, and replaces one in place', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'C.test' } })).toEqual(
      applied({ ...current, sites: [...current.sites, { site: 'c.test' }] }, ['c.test'], [], {
        kind: 'removeRule',
        site: 'c.test',
      }),
    );
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'a.test' }, replacing: 'a.test' })).toEqual(
      applied({ ...current, sites: [{ site: 'a.test' }, { site: 'b.test' }] }, ['a.test'], [], {
        kind: 'putRule',
        rule: oldA,
        replacing: 'a.test',
      }),
    );
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'a.test' } })).toHaveProperty('issues');
  });

  it('renames a rule, removing the old item only', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'z.test' }, replacing: 'a.test' })).toEqual(
      applied({ ...current, sites: [{ site: 'z.test' }, { site: 'b.test' }] }, ['z.test'], ['a.test'], {
        kind: 'putRule',
        rule: oldA,
        replacing: 'z.test',
      }),
    );
  });

  it('refuses an invalid rule or a second rule for a site, per field', () => {
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'c.test', loginUrl: 'javascript:1' } })).toEqual({
      issues: [
        {
          severity: 'error',
          where: '',
          field: 'loginUrl',
          message: 'uses javascript: but only http: and https: are allowed',
        },
      ],
    });
    expect(applyChange(current, { kind: 'putRule', rule: { site: 'b.test' }, replacing: 'a.test' })).toEqual({
      issues: [{ severity: 'error', where: '', field: 'site', message: 'b.test already has a rule' }],
    });
  });

  it('refuses an edit of a rule that changed elsewhere since the editor opened', () => {
    const edit = { kind: 'putRule', rule: { site: 'a.test', otherTabs: 'leave' }, replacing: 'a.test' } as const;
    expect(
      applyChange(current, { ...edit, expected: { site: 'a.test', loginUrl: 'https://a.test/in' } }),
    ).toHaveProperty('settings');
    const refused = applyChange(current, { ...edit, expected: { site: 'a.test' } });
    expect('issues' in refused && refused.issues[0]?.message).toContain('was changed elsewhere while you edited it');
  });

  it('removes exactly the named rule', () => {
    expect(applyChange(current, { kind: 'removeRule', site: 'a.test' })).toEqual(
      applied({ ...current, sites: [{ site: 'b.test' }] }, [], ['a.test'], { kind: 'putRule', rule: oldA }),
    );
  });

  it('sets the login page on the rule that applies to the host, or a new rule for the site', () => {
    const onRule = applyChange(current, {
      kind: 'setLoginUrl',
      host: 'www.a.test',
      site: 'a.test',
      loginUrl: 'https://www.a.test/login?next=1',
    });
    expect(onRule).toEqual(
      applied(
        { ...current, sites: [{ site: 'a.test', loginUrl: 'https://www.a.test/login?next=1' }, { site: 'b.test' }] },
        ['a.test'],
        [],
        { kind: 'putRule', rule: oldA, replacing: 'a.test' },
      ),
    );
    const fresh = applyChange(current, {
      kind: 'setLoginUrl',
      host: 'x.c.test',
      site: 'c.test',
      loginUrl: 'https://x.c.test/',
    });
    expect('settings' in fresh && fresh.settings.sites.at(-1)).toEqual({
      site: 'c.test',
      loginUrl: 'https://x.c.test/',
    });
    expect(
      applyChange(current, { kind: 'setLoginUrl', host: 'a.test', site: 'a.test', loginUrl: 'javascript:alert(1)' }),
    ).toHaveProperty('issues');
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
    // As from a page that skipped the message schema: the change checks what it applies.
    const unchecked = JSON.parse('{"notify": "sometimes"}');
    expect(applyChange(current, { kind: 'patchDefaults', defaults: unchecked })).toEqual({
      issues: [{ severity: 'error', where: 'defaults', field: 'notify', message: 'must be true or false' }],
    });
  });

  it('replaces everything on import, removing only rules it knew', () => {
    expect(applyChange(current, { kind: 'replaceAll', settings: { version: 1, sites: [{ site: 'b.test' }] } })).toEqual(
      {
        settings: { ...DEFAULT_SETTINGS, sites: [{ site: 'b.test' }] },
        changedSites: ['b.test'],
        removedSites: ['a.test'],
        replacedAll: true,
        undo: { kind: 'replaceAll', settings: current },
      },
    );
    expect(applyChange(current, { kind: 'replaceAll', settings: { version: 5 } })).toHaveProperty('issues');
  });
});

describe('the undo that applyChange gives: it reverses one change, and keeps changes made elsewhere meanwhile', () => {
  const undo = (change: SettingsChange, meanwhile?: SettingsChange) => {
    const after = applyChange(current, change) as AppliedChange;
    const elsewhere = meanwhile ? (applyChange(after.settings, meanwhile) as AppliedChange).settings : after.settings;
    if (!after.undo) throw new Error('no undo');
    return (applyChange(elsewhere, after.undo) as AppliedChange).settings;
  };
  const popupAdds: SettingsChange = { kind: 'putRule', rule: { site: 'popup.test' } };

  it.each<[string, SettingsChange]>([
    ['a removal', { kind: 'removeRule', site: 'a.test' }],
    ['an addition', { kind: 'putRule', rule: { site: 'c.test' } }],
    ['an edit', { kind: 'putRule', rule: { site: 'a.test', otherTabs: 'close' }, replacing: 'a.test' }],
    ['a rename', { kind: 'putRule', rule: { site: 'z.test' }, replacing: 'a.test' }],
    ['a defaults patch', { kind: 'patchDefaults', defaults: { clear: { indexedDB: false }, notify: false } }],
    ['a login page set', { kind: 'setLoginUrl', host: 'www.a.test', site: 'a.test', loginUrl: 'https://a.test/x' }],
    [
      'a login page set on a new rule',
      { kind: 'setLoginUrl', host: 'c.test', site: 'c.test', loginUrl: 'https://c.test/' },
    ],
  ])('undoes %s', (_label, change) => {
    const restored = undo(change, popupAdds);
    expect(restored.defaults).toEqual(current.defaults);
    expect(
      restored.sites.filter((rule) => rule.site !== 'popup.test').sort((x, y) => x.site.localeCompare(y.site)),
    ).toEqual(current.sites);
    expect(restored.sites.map((rule) => rule.site)).toContain('popup.test');
  });

  it('undoes an import by putting back everything', () => {
    expect((applyChange(current, { kind: 'replaceAll', settings: { version: 1 } }) as AppliedChange).undo).toEqual({
      kind: 'replaceAll',
      settings: current,
    });
  });

  it('works out the undo from the settings as stored, not from what a page last showed', () => {
    // The popup set a new login page; the options page still shows the old rule when the user removes it.
    const stored = applyChange(current, {
      kind: 'setLoginUrl',
      host: 'a.test',
      site: 'a.test',
      loginUrl: 'https://a.test/new',
    }) as AppliedChange;
    const removed = applyChange(stored.settings, { kind: 'removeRule', site: 'a.test' }) as AppliedChange;
    expect(removed.undo).toEqual({ kind: 'putRule', rule: { site: 'a.test', loginUrl: 'https://a.test/new' } });
  });
});
