import * as v from 'valibot';
import { type Checked, checkHttpUrl, checkSiteName } from '../field-checks';

// The settings' types and defaults, and the schemas of one rule and of the
// defaults. settings.ts reads whole settings (storage, files) with them.

export const SETTINGS_VERSION = 1;
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;
const MAX_RELATED_SITES = 50;

export const DATA_TYPES = [
  'cookies',
  'localStorage',
  'indexedDB',
  'cacheStorage',
  'serviceWorkers',
  'fileSystems',
] as const;
export type DataType = (typeof DATA_TYPES)[number];
export type DataTypeChoice = Record<DataType, boolean>;

export const OTHER_TABS_ACTIONS = ['reload', 'close', 'leave'] as const;
export type OtherTabsAction = (typeof OTHER_TABS_ACTIONS)[number];

function fromCheck<T>(check: (input: string) => Checked<T>) {
  return v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
    const result = check(dataset.value);
    if (result.ok) return result.value;
    addIssue({ message: result.message });
    return NEVER;
  });
}

const text = () => v.string((issue) => (issue.input === undefined ? 'is missing' : 'must be text'));
const SiteName = v.pipe(text(), fromCheck(checkSiteName));
const HttpUrl = v.pipe(text(), fromCheck(checkHttpUrl));
const DataTypeFlags = v.object(
  Object.fromEntries(DATA_TYPES.map((type) => [type, v.optional(v.boolean('must be true or false'))])) as Record<
    DataType,
    v.OptionalSchema<v.BooleanSchema<string>, undefined>
  >,
);
const OtherTabs = v.picklist(OTHER_TABS_ACTIONS, 'must be "reload", "close" or "leave"');

export const RuleSchema = v.object({
  site: SiteName,
  loginUrl: v.optional(HttpUrl),
  logoutUrl: v.optional(HttpUrl),
  relatedSites: v.optional(
    v.pipe(
      v.array(SiteName, 'must be a list of sites'),
      v.maxLength(MAX_RELATED_SITES, `may name at most ${MAX_RELATED_SITES} sites`),
    ),
  ),
  clear: v.optional(DataTypeFlags),
  otherTabs: v.optional(OtherTabs),
});

export const DefaultsSchema = v.object({
  clear: v.optional(DataTypeFlags),
  otherTabs: v.optional(OtherTabs),
  notify: v.optional(v.boolean('must be true or false')),
});

export type Rule = v.InferOutput<typeof RuleSchema>;

export interface Defaults {
  clear: DataTypeChoice;
  otherTabs: OtherTabsAction;
  /** Show a notification after a logout started without the popup. */
  notify: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sites: Rule[];
  defaults: Defaults;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: [],
  defaults: {
    clear: Object.fromEntries(DATA_TYPES.map((type) => [type, true])) as DataTypeChoice,
    otherTabs: 'reload',
    notify: true,
  },
};

export interface SettingsIssue {
  severity: 'error' | 'warning';
  /** Where in the settings, for people: "rule 2 (example.com), loginUrl". */
  where: string;
  message: string;
}

export function at(where: string, issue: v.BaseIssue<unknown>): string {
  const path = issue.path
    ?.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${where}, ${path}` : where;
}

/** Valibot reports a missing required key in its own words; ours are shorter. */
export function messageOf(issue: v.BaseIssue<unknown>): string {
  return issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' : issue.message;
}

export function isPlainObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

export function pruneUndefined<T extends object>(input: T): T {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as T;
}

/** A parsed rule without the optional fields it leaves out, at either level. */
export function cleanRule(parsed: Rule): Rule {
  const rule = pruneUndefined(parsed);
  if (rule.clear) rule.clear = pruneUndefined(rule.clear);
  return rule;
}

export type RuleField = 'site' | 'loginUrl' | 'logoutUrl' | 'relatedSites' | 'clear' | 'otherTabs';

/** Checks one rule as the options page edits it: the valid rule, or a message per field. */
export function checkRule(input: unknown): { rule: Rule } | { errors: Partial<Record<RuleField, string>> } {
  const result = v.safeParse(RuleSchema, input);
  if (result.success) return { rule: cleanRule(result.output) };
  const errors: Partial<Record<RuleField, string>> = {};
  for (const issue of result.issues) {
    const [first, second] = issue.path ?? [];
    const field = (first?.key ?? 'site') as RuleField;
    const entry = typeof second?.key === 'number' ? `entry ${second.key + 1} ` : '';
    errors[field] ??= `${entry}${messageOf(issue)}`;
  }
  return { errors };
}
