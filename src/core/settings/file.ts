import { errorMessage } from '../wording';
import { errorsOf, hasErrors, parseSettings } from './parse';
import { MAX_SETTINGS_FILE_BYTES, type Settings, type SettingsIssue } from './schema';

export type ImportOutcome =
  | { accepted: true; settings: Settings; warnings: SettingsIssue[] }
  | { accepted: false; issues: SettingsIssue[] };

/**
 * Checks a whole settings file before anything is applied: it is refused if
 * it is too large, not JSON, of an unknown version, or has any invalid rule.
 */
export function readSettingsFile(text: string, byteLength: number): ImportOutcome {
  const tooLarge = sizeIssue(byteLength);
  if (tooLarge) return { accepted: false, issues: [tooLarge] };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse('file', `is not JSON (${errorMessage(error)})`);
  }
  const { settings, issues } = parseSettings(json);
  if (hasErrors(issues)) return { accepted: false, issues: errorsOf(issues) };
  return { accepted: true, settings, warnings: issues };
}

/** The file that Export downloads: the documented format, indented for people. */
export function writeSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ version: settings.version, sites: settings.sites, defaults: settings.defaults }, null, 2)}\n`;
}

export function describeIssue(issue: SettingsIssue): string {
  return `${issue.where[0]?.toUpperCase() ?? ''}${issue.where.slice(1)}: ${issue.message}`;
}

/** Why a file of this size is refused, or undefined: checked before the file is even read. */
export function sizeIssue(byteLength: number): SettingsIssue | undefined {
  if (byteLength <= MAX_SETTINGS_FILE_BYTES) return undefined;
  const message = `is ${formatBytes(byteLength)}; settings files are at most ${formatBytes(MAX_SETTINGS_FILE_BYTES)} (1 MB)`;
  return { severity: 'error', where: 'file', message };
}

function refuse(where: string, message: string): ImportOutcome {
  return { accepted: false, issues: [{ severity: 'error', where, message }] };
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}
