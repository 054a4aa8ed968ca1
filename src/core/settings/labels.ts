import { t } from '../i18n';
import type { DataType, RuleField } from './schema';

// The names the options page shows for each field. Messages about a field use
// the same name, so that what the user reads points at what the user sees.

const RULE_FIELD_LABELS: Record<RuleField, () => string> = {
  site: () => t('fieldSite'),
  loginUrl: () => t('fieldLoginUrl'),
  logoutUrl: () => t('fieldLogoutUrl'),
  relatedSites: () => t('fieldRelatedSites'),
  clear: () => t('fieldClear'),
  otherTabs: () => t('fieldOtherTabs'),
  autoLogout: () => t('fieldAutoLogout'),
};

const DATA_TYPE_LABELS: Record<DataType, () => string> = {
  cookies: () => t('dataTypeCookies'),
  localStorage: () => t('dataTypeLocalStorage'),
  indexedDB: () => t('dataTypeIndexedDB'),
  cacheStorage: () => t('dataTypeCacheStorage'),
  serviceWorkers: () => t('dataTypeServiceWorkers'),
  fileSystems: () => t('dataTypeFileSystems'),
};

/** The parts of a field that messages name: a data type of `clear`, the minutes of `autoLogout`. */
const PART_LABELS: Record<string, (() => string) | undefined> = {
  ...DATA_TYPE_LABELS,
  idleMinutes: () => t('autoLogoutIdlePart'),
};

const FIELD_LABELS: Record<string, (() => string) | undefined> = {
  ...RULE_FIELD_LABELS,
  version: () => t('fieldVersion'),
  sites: () => t('fieldSites'),
  notify: () => t('fieldNotify'),
  keep: () => t('fieldKeep'),
};

export const ruleFieldLabel = (field: RuleField): string => RULE_FIELD_LABELS[field]();

export const dataTypeLabel = (type: DataType): string => DATA_TYPE_LABELS[type]();

/**
 * A field's path as people name it: "relatedSites[1]" is "Related sites entry 2",
 * "clear.cookies" is "What to clear, Cookies", "autoLogout[1].idleMinutes" is
 * "Log out automatically entry 2, time without use". With `withPath`, the path follows
 * in brackets, for whoever fixes a settings file: "Login page (loginUrl)".
 */
export function fieldLabel(path: string, withPath: boolean): string {
  const [, name = path, entry, key] = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path) ?? [];
  const base = FIELD_LABELS[name]?.() ?? name;
  const withEntry = entry === undefined ? base : t('fieldEntry', base, Number(entry) + 1);
  const part = key === undefined ? undefined : (PART_LABELS[key]?.() ?? key);
  const label = part === undefined ? withEntry : t('fieldPart', withEntry, part);
  return withPath && label.toLowerCase() !== path.toLowerCase() ? t('fieldWithPath', label, path) : label;
}
