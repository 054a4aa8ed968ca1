import { t, tCount } from '../i18n';
import { errorsOf, hasErrors, issueAt, type SettingsIssue } from './issues';
import { notJsonMessage } from './json-error';
import { parseSettings } from './parse';
import { MAX_SETTINGS_FILE_BYTES, type Settings } from './schema';

/** A settings file, accepted (by default with the settings it holds) or refused with its reasons. */
export type ImportOutcome<Done = { settings: Settings }> =
  | ({ accepted: true; warnings: SettingsIssue[] } & Done)
  | { accepted: false; issues: SettingsIssue[] };

/**
 * Checks a whole settings file before anything is applied: it is refused if
 * it is too large, not JSON, of an unknown version, or has any invalid rule.
 */
export function readSettingsFile(text: string, byteLength: number): ImportOutcome {
  const tooLarge = sizeIssue(byteLength);
  if (tooLarge) return { accepted: false, issues: [tooLarge] };
  // The place JSON.parse reports is counted in the text it was given: without the byte-order mark.
  const json = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { accepted: false, issues: [issueAt('', notJsonMessage(error, json))] };
  }
  const { settings, issues } = parseSettings(parsed);
  if (hasErrors(issues)) return { accepted: false, issues: errorsOf(issues) };
  return { accepted: true, settings, warnings: issues };
}

/** The file that Export downloads: the documented format, indented for people. */
export function writeSettingsFile(settings: Settings): string {
  const { version, sites, defaults, keep } = settings;
  // Optional fields are written only when set, so a file without them reads the same in an older SignOff.
  return `${JSON.stringify({ version, sites, defaults, ...(keep.length ? { keep } : {}) }, null, 2)}\n`;
}

/** Why a file of this size is refused, or undefined: checked before the file is even read. */
export function sizeIssue(byteLength: number): SettingsIssue | undefined {
  if (byteLength <= MAX_SETTINGS_FILE_BYTES) return undefined;
  const size = (bytes: number) => tCount('byteCount', bytes);
  return issueAt('', t('issueFileTooLarge', size(byteLength), size(MAX_SETTINGS_FILE_BYTES)));
}
