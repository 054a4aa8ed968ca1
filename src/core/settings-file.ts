import { hasErrors, MAX_SETTINGS_FILE_BYTES, parseSettings, type Settings, type SettingsIssue } from './settings';

export type ImportOutcome =
  | { accepted: true; settings: Settings; warnings: SettingsIssue[] }
  | { accepted: false; issues: SettingsIssue[] };

/**
 * Checks a whole settings file before anything is applied: it is refused if
 * it is too large, not JSON, of an unknown version, or has any invalid rule.
 */
export function readSettingsFile(text: string, byteLength: number): ImportOutcome {
  if (byteLength > MAX_SETTINGS_FILE_BYTES) {
    return refuse(
      'file',
      `is ${formatBytes(byteLength)}; settings files are at most ${formatBytes(MAX_SETTINGS_FILE_BYTES)} (1 MB)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refuse('file', `is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const { settings, issues } = parseSettings(json);
  if (hasErrors(issues)) return { accepted: false, issues: issues.filter((issue) => issue.severity === 'error') };
  return { accepted: true, settings, warnings: issues };
}

/** The file that Export downloads: the documented format, indented for people. */
export function writeSettingsFile(settings: Settings): string {
  return `${JSON.stringify({ version: settings.version, sites: settings.sites, defaults: settings.defaults }, null, 2)}\n`;
}

export function describeIssue(issue: SettingsIssue): string {
  return `${issue.where[0]?.toUpperCase() ?? ''}${issue.where.slice(1)}: ${issue.message}`;
}

function refuse(where: string, message: string): ImportOutcome {
  return { accepted: false, issues: [{ severity: 'error', where, message }] };
}

function formatBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}
