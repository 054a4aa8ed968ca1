import { describe, expect, it } from 'vitest';
import { checkHttpUrl, checkSiteName } from '../../src/core/field-checks';
import { describeIssue, type SettingsIssue } from '../../src/core/settings';
import { hasErrors } from '../../src/core/settings/issues';
import { type Migration, parseSettings } from '../../src/core/settings/parse';
import { checkRule } from '../../src/core/settings/rule';
import { fieldErrors } from '../../src/core/settings/rule-form';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

// Each issue as the user reads it: the options page shows describeIssue's sentence.
const errorsOf = (issues: SettingsIssue[]) => issues.filter((issue) => issue.severity === 'error').map(describeIssue);
const warningsOf = (issues: SettingsIssue[]) =>
  issues.filter((issue) => issue.severity === 'warning').map(describeIssue);

describe('parseSettings: valid input', () => {
  it('reads the documented example', () => {
    const { settings, issues } = parseSettings({
      version: 1,
      sites: [
        {
          site: 'example.com',
          loginUrl: 'https://example.com/login',
          logoutUrl: 'https://example.com/logout',
          relatedSites: ['sso.example.net'],
        },
      ],
    });
    expect(issues).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      sites: [
        {
          site: 'example.com',
          loginUrl: 'https://example.com/login',
          logoutUrl: 'https://example.com/logout',
          relatedSites: ['sso.example.net'],
        },
      ],
    });
  });

  it('fills in defaults, and merges partial defaults', () => {
    const { settings, issues } = parseSettings({
      version: 1,
      defaults: { clear: { cacheStorage: false }, otherTabs: 'leave' },
    });
    expect(issues).toEqual([]);
    expect(settings.sites).toEqual([]);
    expect(settings.defaults).toEqual({
      clear: { ...DEFAULT_SETTINGS.defaults.clear, cacheStorage: false },
      otherTabs: 'leave',
      notify: true,
    });
  });

  it('normalises sites and URLs', () => {
    const { settings } = parseSettings({
      version: 1,
      sites: [
        { site: ' Bücher.Example. ', loginUrl: 'HTTPS://Bücher.example/Login', relatedSites: ['A.test', 'a.test'] },
      ],
    });
    expect(settings.sites).toEqual([
      {
        site: 'xn--bcher-kva.example',
        loginUrl: 'https://xn--bcher-kva.example/Login',
        relatedSites: ['a.test'],
      },
    ]);
  });

  it('keeps each rule field it knows: clear and otherTabs', () => {
    const rule = { site: 'a.test', clear: { cookies: true, indexedDB: false }, otherTabs: 'close' };
    expect(parseSettings({ version: 1, sites: [rule] }).settings.sites).toEqual([rule]);
  });
});

describe('parseSettings: what it refuses', () => {
  it.each([
    ['not an object', 'hello', 'The settings must be a JSON object such as {"version": 1, "sites": []}.'],
    ['an array', [], 'The settings must be a JSON object'],
    ['null', null, 'The settings must be a JSON object'],
    ['no version', { sites: [] }, 'Version is missing: a settings file starts with "version": 1.'],
    ['unknown version', { version: 2, sites: [] }, 'Version 2 is unknown: this SignOff understands versions 1 to 1.'],
    ['version zero', { version: 0 }, 'Version 0 is unknown'],
    ['version as text', { version: '1' }, 'Version "1" is unknown'],
    ['sites not a list', { version: 1, sites: {} }, 'Site rules (sites) must be a list of rules.'],
    [
      'a rule that is not an object',
      { version: 1, sites: ['example.com'] },
      'Rule 1: a rule must be an object with a "site".',
    ],
    ['a rule without site', { version: 1, sites: [{ loginUrl: 'https://a.test/' }] }, 'Rule 1: Site is missing.'],
    ['a numeric site', { version: 1, sites: [{ site: 7 }] }, 'Rule 1: Site must be text.'],
    [
      'a URL as site',
      { version: 1, sites: [{ site: 'https://a.test/' }] },
      'Rule 1 (https://a.test/): Site "https://a.test/" must be a host name such as example.com, not a URL.',
    ],
    [
      'a bare public suffix',
      { version: 1, sites: [{ site: 'co.uk' }] },
      'Rule 1 (co.uk): Site "co.uk" is a public suffix',
    ],
    [
      'a private public suffix',
      { version: 1, sites: [{ site: 'github.io' }] },
      'Rule 1 (github.io): Site "github.io" is a public suffix',
    ],
    ['an empty site', { version: 1, sites: [{ site: '  ' }] }, 'Rule 1 (  ): Site is empty.'],
    [
      'javascript: login',
      { version: 1, sites: [{ site: 'a.test', loginUrl: 'javascript:alert(1)' }] },
      'Rule 1 (a.test): Login page (loginUrl) uses javascript: but only http: and https: are allowed.',
    ],
    [
      'data: login',
      { version: 1, sites: [{ site: 'a.test', loginUrl: 'data:text/html,hi' }] },
      'Rule 1 (a.test): Login page (loginUrl) uses data:',
    ],
    [
      'chrome: logout',
      { version: 1, sites: [{ site: 'a.test', logoutUrl: 'chrome://settings' }] },
      'Rule 1 (a.test): Server logout URL (logoutUrl) uses chrome:',
    ],
    [
      'file: login',
      { version: 1, sites: [{ site: 'a.test', loginUrl: 'file:///etc/passwd' }] },
      'Login page (loginUrl) uses file:',
    ],
    [
      'credentials in a URL',
      { version: 1, sites: [{ site: 'a.test', loginUrl: 'https://me:pw@a.test/' }] },
      'Login page (loginUrl) must not contain a user name or password.',
    ],
    [
      'a relative URL',
      { version: 1, sites: [{ site: 'a.test', loginUrl: '/login' }] },
      'Login page (loginUrl) "/login" is not an absolute URL (it needs https://).',
    ],
    [
      'related sites as text',
      { version: 1, sites: [{ site: 'a.test', relatedSites: 'b.test' }] },
      'Related sites (relatedSites) must be a list of sites.',
    ],
    [
      'a bad related site',
      { version: 1, sites: [{ site: 'a.test', relatedSites: ['ok.test', 'x/y'] }] },
      'Related sites entry 2 (relatedSites[1]) "x/y" must be a host name',
    ],
    [
      'a non-boolean data type',
      { version: 1, sites: [{ site: 'a.test', clear: { cookies: 'yes' } }] },
      'Rule 1 (a.test): What to clear, Cookies (clear.cookies) must be true or false.',
    ],
    [
      'an unknown tab action',
      { version: 1, sites: [{ site: 'a.test', otherTabs: 'explode' }] },
      'Rule 1 (a.test): The site\'s other open tabs (otherTabs) must be "reload", "close" or "leave".',
    ],
    [
      'duplicate sites',
      { version: 1, sites: [{ site: 'a.test' }, { site: 'A.TEST.' }] },
      'Rule 2 (A.TEST.): a.test already has a rule (rule 1).',
    ],
    [
      'bad defaults',
      { version: 1, defaults: { otherTabs: 'nope' } },
      "Defaults: The site's other open tabs (otherTabs) must be",
    ],
    [
      'a bad default data type',
      { version: 1, defaults: { clear: { indexedDB: 1 } } },
      'Defaults: What to clear, IndexedDB (clear.indexedDB) must be true or false.',
    ],
    [
      'a bad notify',
      { version: 1, defaults: { notify: 'yes' } },
      'Defaults: Notifications (notify) must be true or false.',
    ],
  ])('%s', (_label, input, expected) => {
    const { issues } = parseSettings(input);
    expect(hasErrors(issues)).toBe(true);
    expect(errorsOf(issues).join('\n')).toContain(expected);
  });

  it('keeps the valid rules when others are invalid (for storage reads)', () => {
    const { settings, issues } = parseSettings({
      version: 1,
      sites: [{ site: 'good.test' }, { site: 'bad.test', loginUrl: 'javascript:x' }, { site: 'also-good.test' }],
    });
    expect(settings.sites.map((rule) => rule.site)).toEqual(['good.test', 'also-good.test']);
    expect(errorsOf(issues)).toHaveLength(1);
  });
});

describe('parseSettings: hostile input', () => {
  it('survives very long strings with a short message', () => {
    const long = 'a'.repeat(100_000);
    const { issues } = parseSettings({
      version: 1,
      sites: [{ site: `${long}.test`, loginUrl: `https://a.test/${long}` }],
    });
    const text = errorsOf(issues).join('\n');
    expect(text).toContain('longer than 253 characters');
    expect(text.length).toBeLessThan(1_000);
    expect(
      errorsOf(parseSettings({ version: 1, sites: [{ site: 'a.test', loginUrl: `https://a.test/${long}` }] }).issues),
    ).toEqual(['Rule 1 (a.test): Login page (loginUrl) is longer than 2,048 characters.']);
  });

  it('treats __proto__ and constructor keys as unknown fields, without polluting anything', () => {
    const input = JSON.parse(
      '{"version": 1, "__proto__": {"polluted": true}, "sites": [{"site": "a.test", "__proto__": {"loginUrl": "javascript:x"}, "constructor": {"prototype": {"polluted": true}}}]}',
    );
    const { settings, issues } = parseSettings(input);
    expect(hasErrors(issues)).toBe(false);
    expect(warningsOf(issues)).toEqual([
      'Settings: unknown field "__proto__" was ignored.',
      'Rule 1 (a.test): unknown field "__proto__" was ignored.',
      'Rule 1 (a.test): unknown field "constructor" was ignored.',
    ]);
    expect(settings.sites).toEqual([{ site: 'a.test' }]);
    expect(Object.getPrototypeOf(settings.sites[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((settings.sites[0] as Record<string, unknown>).loginUrl).toBeUndefined();
  });

  it('reports unknown fields as warnings, not errors', () => {
    const { settings, issues } = parseSettings({
      version: 1,
      sites: [{ site: 'a.test', loginURL: 'https://a.test/' }],
      theme: 'dark',
    });
    expect(hasErrors(issues)).toBe(false);
    expect(warningsOf(issues)).toEqual([
      'Settings: unknown field "theme" was ignored.',
      'Rule 1 (a.test): unknown field "loginURL" was ignored.',
    ]);
    expect(settings.sites).toEqual([{ site: 'a.test' }]);
  });

  it('refuses more than 1000 rules', () => {
    const sites = Array.from({ length: 1001 }, (_, index) => ({ site: `s${index}.test` }));
    expect(errorsOf(parseSettings({ version: 1, sites }).issues)).toEqual([
      'Site rules (sites) holds 1,001 rules; at most 1,000 fit.',
    ]);
  });
});

describe('migrations', () => {
  const toTwo: Migration = {
    from: 1,
    migrate: (old) => ({
      ...old,
      version: 2,
      sites: (old.sites as Array<{ domain: string }>).map((s) => ({ site: s.domain })),
    }),
  };

  it('runs the ordered steps from the file version up to the latest', () => {
    const { settings, issues } = parseSettings({ version: 1, sites: [{ domain: 'a.test' }] }, [toTwo]);
    expect(issues).toEqual([]);
    expect(settings.sites).toEqual([{ site: 'a.test' }]);
  });

  it('accepts the latest version as it is', () => {
    const { settings } = parseSettings({ version: 2, sites: [{ site: 'b.test' }] }, [toTwo]);
    expect(settings.sites).toEqual([{ site: 'b.test' }]);
  });

  it('refuses versions newer than the latest', () => {
    expect(errorsOf(parseSettings({ version: 3 }, [toTwo]).issues)).toEqual([
      'Version 3 is unknown: this SignOff understands versions 1 to 2.',
    ]);
  });

  it('has no migrations yet: version 1 is the first', () => {
    expect(errorsOf(parseSettings({ version: 1 }).issues)).toEqual([]);
  });
});

describe('field checks', () => {
  it.each([
    ['example.com', 'example.com'],
    ['APP.Example.com', 'app.example.com'],
    ['localhost', 'localhost'],
    ['192.168.0.1', '192.168.0.1'],
    ['[::1]', '::1'],
    ['alice.github.io', 'alice.github.io'],
  ])('site %s → %s', (input, expected) => {
    expect(checkSiteName(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['example.com/path', 'a b.test', 'user@a.test', 'a.test:8080', 'com', 'github.io', ''])(
    'site %j is refused',
    (input) => {
      expect(checkSiteName(input).ok).toBe(false);
    },
  );

  it.each([
    ['https://a.test/login', true],
    ['http://a.test', true],
    ['  https://a.test/x  ', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['vbscript:x', false],
    ['ftp://a.test', false],
    ['a.test/login', false],
  ])('url %j accepted: %s', (input, ok) => {
    expect(checkHttpUrl(input).ok).toBe(ok);
  });
});

describe('checkRule: the one check of a rule, for storage, files, changes and the options form', () => {
  it('places each issue at its field, and the form shows it per field', () => {
    const { rule, issues } = checkRule({ site: 'x/y', loginUrl: 'javascript:1', relatedSites: ['ok.test', ''] });
    expect(rule).toBeUndefined();
    expect(issues.map(describeIssue)).toEqual([
      'Site "x/y" must be a host name such as example.com, not a URL.',
      'Login page (loginUrl) uses javascript: but only http: and https: are allowed.',
      'Related sites entry 2 (relatedSites[1]) is empty.',
    ]);
    // The form names each field by its label alone, next to the field.
    expect(fieldErrors(issues)).toEqual({
      site: 'Site "x/y" must be a host name such as example.com, not a URL.',
      loginUrl: 'Login page uses javascript: but only http: and https: are allowed.',
      relatedSites: 'Related sites entry 2 is empty.',
    });
  });

  it('names the rule in its issues when asked to', () => {
    expect(checkRule({ site: 'a.test', clear: { cookies: 'yes' } }, 'rule 3 (a.test)').issues).toEqual([
      { severity: 'error', where: 'rule 3 (a.test)', field: 'clear.cookies', message: 'must be true or false' },
    ]);
  });

  it('gives the clean rule, with warnings about the fields it ignored', () => {
    expect(checkRule({ site: 'A.test', loginUrl: 'https://a.test/in' })).toEqual({
      rule: { site: 'a.test', loginUrl: 'https://a.test/in' },
      issues: [],
    });
    expect(checkRule({ site: 'a.test', relatedSites: ['b.test', 'B.test', 'a.test'], colour: 'red' })).toEqual({
      rule: { site: 'a.test', relatedSites: ['b.test'] },
      issues: [{ severity: 'warning', where: '', message: 'unknown field "colour" was ignored' }],
    });
  });
});
