import * as v from 'valibot';
import type { Checked } from '../field-checks';
import {
  at,
  cleanRule,
  DEFAULT_SETTINGS,
  type Defaults,
  DefaultsSchema,
  isPlainObject,
  messageOf,
  pruneUndefined,
  type Rule,
  RuleSchema,
  SETTINGS_VERSION,
  type Settings,
  type SettingsIssue,
} from './schema';

const MAX_RULES = 1000;
const RULE_FIELDS = Object.keys(RuleSchema.entries);
const TOP_LEVEL_FIELDS = ['version', 'sites', 'defaults'];
const DEFAULTS_FIELDS = Object.keys(DefaultsSchema.entries);

export interface ParsedSettings {
  settings: Settings;
  issues: SettingsIssue[];
  /**
   * Set when the input as a whole could not be read (not an object, unknown
   * version): the settings are then only defaults, and must not be saved over it.
   */
  unreadable?: string;
}

/** A step from one settings version to the next, applied in order. */
export interface Migration {
  from: number;
  migrate(old: Record<string, unknown>): Record<string, unknown>;
}

/** Ordered: each moves settings one version up. Version 1 is the first, so none yet. */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Turns anything (storage contents, an imported file) into valid settings
 * plus a list of what was wrong. Invalid rules are left out and reported;
 * callers that must all-or-nothing (imports) refuse when any error is reported.
 */
export function parseSettings(input: unknown, migrations: readonly Migration[] = MIGRATIONS): ParsedSettings {
  const issues: SettingsIssue[] = [];
  const error = (where: string, message: string) => issues.push({ severity: 'error', where, message });
  if (!isPlainObject(input)) {
    error('settings', 'must be a JSON object such as {"version": 1, "sites": []}');
    return { settings: structuredClone(DEFAULT_SETTINGS), issues, unreadable: 'the settings are not an object' };
  }
  const migrated = migrate(input, migrations);
  if (!migrated.ok) {
    error('version', migrated.message);
    return { settings: structuredClone(DEFAULT_SETTINGS), issues, unreadable: `their version ${migrated.message}` };
  }
  const raw = migrated.value;
  reportUnknownFields(raw, TOP_LEVEL_FIELDS, 'settings', issues);
  return {
    settings: {
      version: SETTINGS_VERSION,
      sites: parseRules(raw.sites, issues),
      defaults: parseDefaults(raw.defaults, issues),
    },
    issues,
  };
}

export function hasErrors(issues: readonly SettingsIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

export function errorsOf(issues: readonly SettingsIssue[]): SettingsIssue[] {
  return issues.filter((issue) => issue.severity === 'error');
}

function migrate(input: Record<string, unknown>, migrations: readonly Migration[]): Checked<Record<string, unknown>> {
  const { version } = input;
  if (version === undefined) return { ok: false, message: 'is missing: a settings file starts with "version": 1' };
  const latest = migrations.reduce((highest, step) => Math.max(highest, step.from + 1), SETTINGS_VERSION);
  const known = (candidate: unknown): candidate is number =>
    typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= 1 && candidate <= latest;
  if (!known(version)) {
    return {
      ok: false,
      message: `${JSON.stringify(version)} is unknown: this SignOff understands versions 1 to ${latest}`,
    };
  }
  let current = input;
  for (let at = version; at < latest; at++) {
    const step = migrations.find((candidate) => candidate.from === at);
    if (!step) return { ok: false, message: `has no migration from version ${at}` };
    current = step.migrate(current);
  }
  return { ok: true, value: current };
}

function parseRules(input: unknown, issues: SettingsIssue[]): Rule[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    issues.push({ severity: 'error', where: 'sites', message: 'must be a list of rules' });
    return [];
  }
  if (input.length > MAX_RULES) {
    issues.push({
      severity: 'error',
      where: 'sites',
      message: `holds ${input.length} rules; at most ${MAX_RULES} fit`,
    });
    return [];
  }
  const rules: Rule[] = [];
  const firstRuleOf = new Map<string, number>();
  input.forEach((candidate: unknown, index) => {
    const where = ruleLabel(index, candidate);
    const result = v.safeParse(RuleSchema, candidate);
    if (!result.success) {
      const fields = isPlainObject(candidate) ? '' : 'must be an object with a "site"';
      if (fields) issues.push({ severity: 'error', where, message: fields });
      else
        for (const issue of result.issues)
          issues.push({ severity: 'error', where: at(where, issue), message: messageOf(issue) });
      return;
    }
    const rule = cleanRule(result.output);
    reportUnknownFields(candidate as Record<string, unknown>, RULE_FIELDS, where, issues);
    const earlier = firstRuleOf.get(rule.site);
    if (earlier !== undefined) {
      issues.push({ severity: 'error', where, message: `${rule.site} already has a rule (rule ${earlier + 1})` });
      return;
    }
    firstRuleOf.set(rule.site, index);
    if (rule.relatedSites) rule.relatedSites = [...new Set(rule.relatedSites)].filter((site) => site !== rule.site);
    rules.push(rule);
  });
  return rules;
}

/** Applies a partial change of the defaults, such as one switched checkbox, after checking it. */
export function patchDefaults(current: Defaults, patch: unknown): { defaults: Defaults } | { issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  const merged = parseDefaults(patch, issues, current);
  return hasErrors(issues) ? { issues: errorsOf(issues) } : { defaults: merged };
}

function parseDefaults(input: unknown, issues: SettingsIssue[], base: Defaults = DEFAULT_SETTINGS.defaults): Defaults {
  const defaults = structuredClone(base);
  if (input === undefined) return defaults;
  const result = v.safeParse(DefaultsSchema, input);
  if (!result.success) {
    for (const issue of result.issues)
      issues.push({ severity: 'error', where: at('defaults', issue), message: messageOf(issue) });
    return defaults;
  }
  reportUnknownFields(input as Record<string, unknown>, DEFAULTS_FIELDS, 'defaults', issues);
  return {
    clear: { ...defaults.clear, ...pruneUndefined(result.output.clear ?? {}) },
    otherTabs: result.output.otherTabs ?? defaults.otherTabs,
    notify: result.output.notify ?? defaults.notify,
  };
}

function reportUnknownFields(
  input: Record<string, unknown>,
  known: readonly string[],
  where: string,
  issues: SettingsIssue[],
) {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) {
      issues.push({ severity: 'warning', where, message: `unknown field "${key.slice(0, 60)}" was ignored` });
    }
  }
}

function ruleLabel(index: number, candidate: unknown): string {
  const site = isPlainObject(candidate) && typeof candidate.site === 'string' ? candidate.site.slice(0, 80) : '';
  return `rule ${index + 1}${site ? ` (${site})` : ''}`;
}
