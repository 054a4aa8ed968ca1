import { describe, expect, it } from 'vitest';
import { describeIssue, MAX_SETTINGS_FILE_BYTES, readSettingsFile, writeSettingsFile } from '../../src/core/settings';
import { jsonErrorPlace, notJsonMessage } from '../../src/core/settings/json-error';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';

const read = (text: string) => readSettingsFile(text, Buffer.byteLength(text));
const reasons = (text: string) => {
  const outcome = read(text);
  return outcome.accepted ? [] : outcome.issues.map(describeIssue);
};

/** What this Node's own JSON.parse says about a text. */
function parserMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

describe('readSettingsFile: the whole file is checked before anything is applied', () => {
  it.each([
    ['not JSON, where the parser gives no place', 'hello', /^The file is not valid JSON\.$/],
    ['not JSON, cut short', '{"version": 1,', /^The file is not valid JSON \(line 1, column 15\)\.$/],
    ['not JSON, with a trailing comma', '{"version": 1,}', /^The file is not valid JSON \(line 1, column 15\)\.$/],
    ['empty', '', /^The file is not valid JSON\.$/],
    ['unknown version', '{"version": 7, "sites": []}', /^Version 7 is unknown/],
    [
      'a bad rule among good ones',
      '{"version":1,"sites":[{"site":"a.test"},{"site":"b.test","loginUrl":"javascript:x"}]}',
      /^Rule 2 \(b\.test\): Login page \(loginUrl\) uses javascript: but only http: and https: are allowed\.$/,
    ],
  ])('refuses a file that is %s', (_label, text, reason) => {
    expect(read(text).accepted).toBe(false);
    expect(reasons(text)[0]).toMatch(reason);
  });

  it('counts the place of a JSON error without the byte-order mark', () => {
    expect(reasons('\uFEFF{\n  "version": 1,\n}')).toEqual(['The file is not valid JSON (line 3, column 1).']);
  });

  it('refuses a file over 1 MB by its size, before parsing', () => {
    expect(reasons(`{"version": 1}${' '.repeat(MAX_SETTINGS_FILE_BYTES)}`)).toEqual([
      'The file is 1,048,590 bytes; settings files are at most 1,048,576 bytes (1 MB).',
    ]);
    expect(readSettingsFile('{"version": 1}', MAX_SETTINGS_FILE_BYTES + 1).accepted).toBe(false);
  });

  it('accepts a file of exactly 1 MB', () => {
    const text = `{"version": 1}`.padEnd(MAX_SETTINGS_FILE_BYTES, ' ');
    expect(read(text).accepted).toBe(true);
  });

  it('accepts a byte-order mark and reports unknown fields as warnings', () => {
    const outcome = read('\uFEFF{"version": 1, "sites": [{"site": "a.test", "colour": "red"}]}');
    expect(outcome.accepted && outcome.warnings.map(describeIssue)).toEqual([
      'Rule 1 (a.test): unknown field "colour" was ignored.',
    ]);
  });
});

describe('jsonErrorPlace: the line and column a JSON parser reports, in each browser’s words', () => {
  const text = '{\n  "version": 1,\n  "sites": [\n    {"site": "a.test"},\n  ]\n}';
  it.each([
    [
      'Chromium (V8 with the line)',
      `Expected ',' or ']' after array element in JSON at position 79 (line 1 column 80)`,
      { line: 1, column: 80 },
    ],
    ['V8 with the position only, first line', 'Unexpected token in JSON at position 0', { line: 1, column: 1 }],
    ['V8 with the position only, a line start', 'Unexpected token in JSON at position 2', { line: 2, column: 1 }],
    ['V8 with the position only, fifth line', 'Unexpected token in JSON at position 57', { line: 5, column: 3 }],
    ['V8 past the end', 'Unexpected end in JSON at position 999', { line: 6, column: 2 }],
    [
      'Firefox',
      `JSON.parse: expected double-quoted property name at line 5 column 3 of the JSON data`,
      { line: 5, column: 3 },
    ],
    ['no place (V8)', 'Unexpected end of JSON input', undefined],
    ['no place (V8, a token)', `Unexpected token 'h', "hello" is not valid JSON`, undefined],
    ['no place (Safari)', 'JSON Parse error: Unexpected EOF', undefined],
  ])('%s', (_label, message, expected) => {
    expect(jsonErrorPlace(message, text)).toEqual(expected);
  });

  it('agrees with what this JavaScript engine reports for its own errors', () => {
    // A trailing comma: the parser stops at the closing brace, the first character of line 3.
    const broken = '{\n  "version": 1,\n}';
    expect(jsonErrorPlace(parserMessage(broken), broken)).toEqual({ line: 3, column: 1 });
  });

  it('says so in words, with the place when there is one', () => {
    expect(notJsonMessage(new SyntaxError('Unexpected token in JSON at position 57'), text)).toBe(
      'the file is not valid JSON (line 5, column 3)',
    );
    expect(notJsonMessage(new SyntaxError('Unexpected end of JSON input'), text)).toBe('the file is not valid JSON');
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
