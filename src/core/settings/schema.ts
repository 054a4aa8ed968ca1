import * as v from 'valibot';
import { type Checked, checkHttpUrl, checkSiteName } from '../field-checks';
import { t, tCount } from '../i18n';
import { AutoLogout } from './auto-logout-schema';

// The settings' schemas, and the types that follow from them: the schema is
// the one definition, so a type cannot drift from what is checked.

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

export const OTHER_TABS_ACTIONS = ['reload', 'close', 'leave'] as const;
const MAX_KEPT_SITES = 200;

function fromCheck<T>(check: (input: string) => Checked<T>) {
  return v.rawTransform<string, T>(({ dataset, addIssue, NEVER }) => {
    const result = check(dataset.value);
    if (result.ok) return result.value;
    addIssue({ message: result.message });
    return NEVER;
  });
}

// Messages are functions: they are said in the user's language when a check fails, not when this module loads.
const text = () => v.string((issue) => (issue.input === undefined ? t('issueMissing') : t('issueNotText')));
export const SiteName = v.pipe(text(), fromCheck(checkSiteName));
const HttpUrl = v.pipe(text(), fromCheck(checkHttpUrl));
const Flag = v.boolean(() => t('issueNotTrueOrFalse'));
const DataTypeFlags = v.object(
  Object.fromEntries(DATA_TYPES.map((type) => [type, Flag])) as Record<DataType, typeof Flag>,
  () => t('issueNotDataTypeFlags'),
);
const OtherTabs = v.picklist(OTHER_TABS_ACTIONS, () => t('issueNotOtherTabsAction'));
export const RuleSchema = v.object({
  site: SiteName,
  loginUrl: v.optional(HttpUrl),
  logoutUrl: v.optional(HttpUrl),
  relatedSites: v.optional(
    v.pipe(
      v.array(SiteName, () => t('issueNotListOfSites')),
      v.maxLength(MAX_RELATED_SITES, () => tCount('issueTooManyRelatedSites', MAX_RELATED_SITES)),
    ),
  ),
  /** The data types the rule decides itself; the others follow the defaults. */
  clear: v.optional(v.partial(DataTypeFlags)),
  otherTabs: v.optional(OtherTabs),
  /** When the site is logged out without a click (version-1 optional field). */
  autoLogout: v.optional(AutoLogout),
});

/** The sites "Log out of all sites" leaves signed in: each with its subdomains (version-1 optional field). */
export const KeepListSchema = v.pipe(
  v.array(SiteName, () => t('issueNotListOfSites')),
  v.maxLength(MAX_KEPT_SITES, () => tCount('issueTooManyKeptSites', MAX_KEPT_SITES)),
);

export const DefaultsSchema = v.object({
  clear: DataTypeFlags,
  otherTabs: OtherTabs,
  /** Show a notification after a logout started without the popup. */
  notify: Flag,
});

/** Some of the defaults: as a settings file gives them, or as one switched checkbox changes them. */
export const DefaultsPatchSchema = v.object(
  {
    clear: v.optional(v.partial(DataTypeFlags)),
    otherTabs: v.optional(OtherTabs),
    notify: v.optional(Flag),
  },
  () => t('issueNotDefaultsObject'),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  sites: v.array(RuleSchema),
  defaults: DefaultsSchema,
  keep: KeepListSchema,
});

/** Settings in the file format, of any version: parseSettings migrates them and checks the rest. */
export const SettingsFileSchema = v.object({
  version: v.number(),
  sites: v.optional(v.array(RuleSchema)),
  defaults: v.optional(DefaultsPatchSchema),
  keep: v.optional(KeepListSchema),
});

export type DataTypeChoice = v.InferOutput<typeof DataTypeFlags>;
export type OtherTabsAction = v.InferOutput<typeof OtherTabs>;
export type Rule = v.InferOutput<typeof RuleSchema>;
export type RuleField = keyof typeof RuleSchema.entries;
export type Defaults = v.InferOutput<typeof DefaultsSchema>;
export type DefaultsPatch = v.InferOutput<typeof DefaultsPatchSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type SettingsFile = v.InferOutput<typeof SettingsFileSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: [],
  defaults: {
    clear: {
      cookies: true,
      localStorage: true,
      indexedDB: true,
      cacheStorage: true,
      serviceWorkers: true,
      fileSystems: true,
    },
    otherTabs: 'reload',
    notify: true,
  },
  keep: [],
};
