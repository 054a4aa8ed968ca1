import { describe, expect, it } from 'vitest';
import { describeIssue, readSettingsFile, writeSettingsFile } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const read = (text: string) => readSettingsFile(text, Buffer.byteLength(text));
const reasons = (file: object) => {
  const outcome = read(JSON.stringify(file));
  return outcome.accepted ? [] : outcome.issues.map(describeIssue);
};

/** A file as a person would write it, with each new field in its every form. */
const file = {
  version: 1,
  sites: [
    { site: 'mail.example', autoLogout: 'onLastTabClosed' },
    { site: 'bank.test', autoLogout: { idleMinutes: 15 } },
    { site: 'shared.test', autoLogout: ['onLastTabClosed', { idleMinutes: 1440 }, 'onStartup'] },
    { site: 'plain.test' },
  ],
  defaults: DEFAULT_SETTINGS.defaults,
  keep: ['mail.example', 'work.example.com'],
};

describe('settings files with automatic logouts and a keep list', () => {
  it('import, and export back the same file', () => {
    const outcome = read(JSON.stringify(file));
    expect(outcome.accepted && outcome.warnings).toEqual([]);
    if (!outcome.accepted) return;
    expect(outcome.settings.sites).toEqual(file.sites);
    expect(outcome.settings.keep).toEqual(file.keep);
    expect(JSON.parse(writeSettingsFile(outcome.settings))).toEqual(file);
  });

  it('export without the fields when nothing sets them, so an older SignOff reads the file the same', () => {
    const text = writeSettingsFile({ ...DEFAULT_SETTINGS, sites: [{ site: 'a.test' }] });
    expect(text).not.toMatch(/autoLogout|keep/);
  });

  it('read the keep list with its entries made sites’ names, each once', () => {
    const outcome = read(JSON.stringify({ version: 1, keep: ['Mail.Example.', 'mail.example', 'bücher.example'] }));
    expect(outcome.accepted && outcome.settings.keep).toEqual(['mail.example', 'xn--bcher-kva.example']);
  });

  it.each([
    [
      { idleMinutes: 0 },
      ', time without use (autoLogout.idleMinutes) must be a whole number of minutes from 1 to 1,440',
    ],
    [
      { idleMinutes: 1441 },
      ', time without use (autoLogout.idleMinutes) must be a whole number of minutes from 1 to 1,440',
    ],
    [
      { idleMinutes: 2.5 },
      ', time without use (autoLogout.idleMinutes) must be a whole number of minutes from 1 to 1,440',
    ],
    [{ idleMinutes: '5' }, ' (autoLogout) must be a whole number of minutes from 1 to 1,440'],
    ['never', ' (autoLogout) must be "onLastTabClosed", "onStartup", {"idleMinutes": N}, or a list of them'],
    [
      { idleMinutes: 5, hours: 1 },
      ' (autoLogout) must be "onLastTabClosed", "onStartup", {"idleMinutes": N}, or a list of them',
    ],
    [['onStartup', 'onStartup'], ' (autoLogout) names the same moment twice'],
    [[{ idleMinutes: 5 }, { idleMinutes: 6 }], ' (autoLogout) names the same moment twice'],
    [
      ['onStartup', { idleMinutes: 0 }],
      ' entry 2, time without use (autoLogout[1].idleMinutes) must be a whole number of minutes from 1 to 1,440',
    ],
  ])('refuse the automatic logout %j, naming the rule and the field', (autoLogout, why) => {
    const bad = { version: 1, sites: [{ site: 'a.test' }, { site: 'b.test', autoLogout }] };
    expect(reasons(bad)).toEqual([`Rule 2 (b.test): Log out automatically${why}.`]);
  });

  it.each([
    [['https://x.test/'], 'entry 1 (keep[0]) "https://x.test/" must be a host name such as example.com, not a URL'],
    [['a.test', 'com'], 'entry 2 (keep[1]) "com" is a public suffix shared by many sites; name one site under it'],
    [['a.test', ''], 'entry 2 (keep[1]) is empty'],
    [['a.test', 7], 'entry 2 (keep[1]) must be text'],
    ['a.test', '(keep) must be a list of sites'],
    [Array.from({ length: 201 }, (_, index) => `s${index}.test`), '(keep) may name at most 200 sites'],
  ])('refuse the keep list %j, naming the entry', (keep, why) => {
    expect(reasons({ version: 1, keep })).toEqual([`Sites to keep signed in ${why}.`]);
  });
});
