import type * as v from 'valibot';

/** One problem found in settings: storage contents, an imported file, a change. */
export interface SettingsIssue {
  severity: 'error' | 'warning';
  /** Where in the settings, for people: "rule 2 (example.com), loginUrl". */
  where: string;
  message: string;
}

export function issueAt(where: string, message: string, severity: SettingsIssue['severity'] = 'error'): SettingsIssue {
  return { severity, where, message };
}

/**
 * Valibot's issues in our words, each at `where` and then at its path:
 * "rule 2 (a.test), relatedSites[1]". Without `where`, the path alone: "loginUrl".
 */
export function issuesOf(where: string, issues: readonly v.BaseIssue<unknown>[]): SettingsIssue[] {
  return issues.map((issue) => issueAt([where, pathOf(issue)].filter(Boolean).join(', '), messageOf(issue)));
}

/** Warnings for the fields of `input` that are not `known`: they are ignored, not refused. */
export function unknownFields(input: object, known: readonly string[], where: string): SettingsIssue[] {
  return Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => issueAt(where, `unknown field "${key.slice(0, 60)}" was ignored`, 'warning'));
}

export function hasErrors(issues: readonly SettingsIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

export function errorsOf(issues: readonly SettingsIssue[]): SettingsIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

/** One issue as a sentence: "Rule 2 (b.test), loginUrl: uses javascript: …". */
export function describeIssue(issue: SettingsIssue): string {
  return `${issue.where[0]?.toUpperCase() ?? ''}${issue.where.slice(1)}: ${issue.message}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (
    issue.path
      ?.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '') ?? ''
  );
}

/** Valibot reports a missing required key in its own words; ours are shorter. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  return issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' : issue.message;
}
