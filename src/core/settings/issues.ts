import type * as v from 'valibot';
import { t } from '../i18n';
import { fieldLabel } from './labels';

/** One problem found in settings: storage contents, an imported file, a change. */
export interface SettingsIssue {
  severity: 'error' | 'warning';
  /** Which part of the settings, for people: "rule 2 (example.com)", "defaults"; empty when the message says it all. */
  where: string;
  /** The field's path in the settings format, when the issue is about one field: "loginUrl", "relatedSites[1]". */
  field?: string;
  /** What is wrong: what follows the field's name ("is missing"), or else a sentence, without its full stop. */
  message: string;
}

export function issueAt(where: string, message: string, severity: SettingsIssue['severity'] = 'error'): SettingsIssue {
  return { severity, where, message };
}

/** An error about one field of the part of the settings at `where`. */
export function fieldIssue(where: string, field: string, message: string): SettingsIssue {
  return { severity: 'error', where, field, message };
}

/** Valibot's issues in our words, each at `where` and at the field its path names ("relatedSites[1]"). */
export function issuesOf(where: string, issues: readonly v.BaseIssue<unknown>[]): SettingsIssue[] {
  return issues.map((issue) => {
    const field = pathOf(issue);
    return field ? fieldIssue(where, field, messageOf(issue)) : issueAt(where, messageOf(issue));
  });
}

/**
 * Warnings for the fields of `input` that are not `known`: they are ignored, not refused. A `where` to make is
 * made only for such a field: good settings are read without a word (a fresh worker's first word is slow).
 */
export function unknownFields(
  input: object,
  known: readonly string[],
  where: string | (() => string),
): SettingsIssue[] {
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length === 0) return [];
  const place = typeof where === 'string' ? where : where();
  return unknown.map((key) => issueAt(place, t('issueUnknownField', key.slice(0, 60)), 'warning'));
}

export function hasErrors(issues: readonly SettingsIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

export function errorsOf(issues: readonly SettingsIssue[]): SettingsIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

/**
 * One issue as a sentence, its field named by the label the options page shows
 * and by its name in the file, for whoever fixes one:
 * "Rule 2 (b.test): Login page (loginUrl) uses javascript: …".
 */
export function describeIssue(issue: SettingsIssue): string {
  return sentenceOf(issue, true);
}

/** One issue as the options form says it, by the field's label alone: "Login page uses javascript: …". */
export function describeFormIssue(issue: SettingsIssue): string {
  return sentenceOf(issue, false);
}

function sentenceOf(issue: SettingsIssue, withPath: boolean): string {
  const sentence = issue.field ? t('issueOfField', fieldLabel(issue.field, withPath), issue.message) : issue.message;
  return withFullStop(issue.where ? t('issueAtPlace', capitalise(issue.where), sentence) : capitalise(sentence));
}

/** A message as a sentence: a capital first, a full stop last. */
export function asSentence(text: string): string {
  return withFullStop(capitalise(text.trim()));
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
const withFullStop = (text: string) => (/[.!?…。！？]$/.test(text) ? text : `${text}${t('fullStop')}`);

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
  return issue.kind === 'schema' && issue.received === 'undefined' ? t('issueMissing') : issue.message;
}
