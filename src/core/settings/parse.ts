import * as v from 'valibot';
import { t, tCount } from '../i18n';
import { fieldIssue, issueAt, issuesOf, type SettingsIssue, unknownFields } from './issues';
import { parseKeepList } from './keep-list';
import { isPlainObject, pruneUndefined } from './objects';
import { checkRule } from './rule';
import {
  DEFAULT_SETTINGS,
  type Defaults,
  DefaultsPatchSchema,
  type Rule,
  SETTINGS_VERSION,
  type Settings,
  SettingsFileSchema,
} from './schema';

const MAX_RULES = 1000;
const TOP_LEVEL_FIELDS = Object.keys(SettingsFileSchema.entries);
const DEFAULTS_FIELDS = Object.keys(DefaultsPatchSchema.entries);

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
  const unreadable = (issue: SettingsIssue, why: string): ParsedSettings => ({
    settings: structuredClone(DEFAULT_SETTINGS),
    issues: [issue],
    unreadable: why,
  });
  if (!isPlainObject(input)) {
    return unreadable(issueAt('', t('issueSettingsNotObject')), t('unreadableNotObject'));
  }
  const migrated = migrate(input, migrations);
  if (!migrated.ok) return unreadable(fieldIssue('', 'version', migrated.message), migrated.unreadable);
  const raw = migrated.value;
  const issues = unknownFields(raw, TOP_LEVEL_FIELDS, () => t('placeSettings'));
  const sites = parseRules(raw.sites, issues);
  const defaults = parseDefaults(raw.defaults, issues, DEFAULT_SETTINGS.defaults);
  const keep = parseKeepList(raw.keep, issues);
  return { settings: { version: SETTINGS_VERSION, sites, defaults, keep }, issues };
}

/** Defaults given in part, such as in a file or by one switched checkbox, over `base`; what is wrong goes to `issues`. */
export function parseDefaults(input: unknown, issues: SettingsIssue[], base: Defaults): Defaults {
  const defaults = structuredClone(base);
  if (input === undefined) return defaults;
  const result = v.safeParse(DefaultsPatchSchema, input);
  if (!result.success) {
    issues.push(...issuesOf(t('placeDefaults'), result.issues));
    return defaults;
  }
  if (isPlainObject(input)) issues.push(...unknownFields(input, DEFAULTS_FIELDS, () => t('placeDefaults')));
  return {
    clear: { ...defaults.clear, ...pruneUndefined(result.output.clear ?? {}) },
    otherTabs: result.output.otherTabs ?? defaults.otherTabs,
    notify: result.output.notify ?? defaults.notify,
  };
}

/** Settings moved up to the latest version, or what is wrong with their version: for the field, and for the whole. */
type Migrated = { ok: true; value: Record<string, unknown> } | { ok: false; message: string; unreadable: string };

function migrate(input: Record<string, unknown>, migrations: readonly Migration[]): Migrated {
  const { version } = input;
  if (version === undefined)
    return { ok: false, message: t('issueVersionMissing'), unreadable: t('unreadableNoVersion') };
  const latest = migrations.reduce((highest, step) => Math.max(highest, step.from + 1), SETTINGS_VERSION);
  const known = (candidate: unknown): candidate is number =>
    typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= 1 && candidate <= latest;
  if (!known(version)) {
    const shown = JSON.stringify(version) ?? String(version);
    return {
      ok: false,
      message: t('issueVersionUnknown', shown, latest),
      unreadable: t('unreadableVersionUnknown', shown, latest),
    };
  }
  let current = input;
  for (let at = version; at < latest; at++) {
    const step = migrations.find((candidate) => candidate.from === at);
    if (!step) return { ok: false, message: t('issueNoMigration', at), unreadable: t('unreadableNoMigration', at) };
    current = step.migrate(current);
  }
  return { ok: true, value: current };
}

/** Where a rule is, for its issues: "rule 2 (a.test)". */
export type RuleLabel = (index: number, candidate: unknown) => string;

/** The valid rules of a list, each site once; what is wrong with the others goes to `issues`. */
export function parseRules(input: unknown, issues: SettingsIssue[], label: RuleLabel = ruleLabel): Rule[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    issues.push(fieldIssue('', 'sites', t('issueNotListOfRules')));
    return [];
  }
  if (input.length > MAX_RULES) {
    issues.push(fieldIssue('', 'sites', tCount('issueTooManyRules', input.length, MAX_RULES)));
    return [];
  }
  const rules: Rule[] = [];
  const firstRuleOf = new Map<string, number>();
  input.forEach((candidate: unknown, index) => {
    // Named only when it has an issue: a label for each of 500 good rules cost a cold start's first read 20 ms.
    const where = () => label(index, candidate);
    const { rule, issues: found } = checkRule(candidate);
    if (found.length) issues.push(...found.map((issue) => ({ ...issue, where: where() })));
    if (!rule) return;
    const earlier = firstRuleOf.get(rule.site);
    if (earlier !== undefined) {
      issues.push(issueAt(where(), t('issueSiteHasEarlierRule', rule.site, earlier + 1)));
      return;
    }
    firstRuleOf.set(rule.site, index);
    rules.push(rule);
  });
  return rules;
}

function ruleLabel(index: number, candidate: unknown): string {
  const site = siteNamedBy(candidate);
  return site ? t('placeRuleOfSite', index + 1, site) : t('placeRule', index + 1);
}

/** The site a rule that may be wrong names, shortened for a label: '' when it names none. */
export function siteNamedBy(candidate: unknown): string {
  return isPlainObject(candidate) && typeof candidate.site === 'string' ? candidate.site.slice(0, 80) : '';
}
