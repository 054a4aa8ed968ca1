import { describe, expect, it } from 'vitest';
import { describeIssue, MAX_SETTINGS_FILE_BYTES, readSettingsFile, writeSettingsFile } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const read = (text: string) => readSettingsFile(text, Buffer.byteLength(text));
const reasons = (text: string) => {
  const outcome = read(text);
  return outcome.accepted ? [] : outcome.issues.map(describeIssue);
};

describe('readSettingsFile: the whole file is checked before anything is applied', () => {
  it.each([
    ['not JSON', '{"version": 1,', /^File: is not JSON/],
    ['empty', '', /^File: is not JSON/],
    ['unknown version', '{"version": 7, "sites": []}', /^Version: 7 is unknown/],
    [
      'a bad rule among good ones',
      '{"version":1,"sites":[{"site":"a.test"},{"site":"b.test","loginUrl":"javascript:x"}]}',
      /^Rule 2 \(b\.test\), loginUrl: uses javascript:/,
    ],
  ])('refuses a file that is %s', (_label, text, reason) => {
    expect(read(text).accepted).toBe(false);
    expect(reasons(text)[0]).toMatch(reason);
  });

  it('refuses a file over 1 MB by its size, before parsing', () => {
    expect(readSettingsFile('{"version": 1}', MAX_SETTINGS_FILE_BYTES + 1)).toEqual({
      accepted: false,
      issues: [
        {
          severity: 'error',
          where: 'file',
          message: 'is 1,048,577 bytes; settings files are at most 1,048,576 bytes (1 MB)',
        },
      ],
    });
    expect(read(`{"version": 1}${' '.repeat(MAX_SETTINGS_FILE_BYTES)}`).accepted).toBe(false);
  });

  it('accepts a file of exactly 1 MB', () => {
    const text = `{"version": 1}`.padEnd(MAX_SETTINGS_FILE_BYTES, ' ');
    expect(read(text).accepted).toBe(true);
  });

  it('accepts a byte-order mark and reports unknown fields as warnings', () => {
    const outcome = read('\uFEFF{"version": 1, "sites": [{"site": "a.test", "colour": "red"}]}');
    expect(outcome.accepted && outcome.warnings.map(describeIssue)).toEqual([
      'Rule 1 (a.test): unknown field "colour" was ignored',
    ]);
  });
});

describe('writeSettingsFile', () => {
  it('writes the documented format, which reads back the same', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      sites: [{ site: 'example.com', loginUrl: 'https://example.com/login', relatedSites: ['sso.example.net'] }],
    };
    const text = writeSettingsFile(settings);
    expect(JSON.parse(text)).toMatchObject({ version: 1, sites: settings.sites });
    const back = read(text);
    expect(back.accepted && back.settings).toEqual(settings);
  });
});
