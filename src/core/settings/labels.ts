import type { DataType, RuleField } from './schema';

// The names the options page shows for each field. Messages about a field use
// the same name, so that what the user reads points at what the user sees.

export const RULE_FIELD_LABELS: Record<RuleField, string> = {
  site: 'Site',
  loginUrl: 'Login page',
  logoutUrl: 'Server logout URL',
  relatedSites: 'Related sites',
  clear: 'What to clear',
  otherTabs: "The site's other open tabs",
};

export const DATA_TYPE_LABELS: Record<DataType, string> = {
  cookies: 'Cookies',
  localStorage: 'Local and session storage',
  indexedDB: 'IndexedDB',
  cacheStorage: 'Cache Storage',
  serviceWorkers: 'Service workers',
  fileSystems: 'File systems',
};

const FIELD_LABELS: Record<string, string | undefined> = {
  ...RULE_FIELD_LABELS,
  version: 'Version',
  sites: 'Site rules',
  notify: 'Notifications',
};

/**
 * A field's path as people name it: "relatedSites[1]" is "Related sites entry 2",
 * "clear.cookies" is "What to clear, Cookies". With `withPath`, the path follows
 * in brackets, for whoever fixes a settings file: "Login page (loginUrl)".
 */
export function fieldLabel(path: string, withPath: boolean): string {
  const [, name = path, entry, key] = /^(\w+)(?:\[(\d+)\]|\.(\w+))?/.exec(path) ?? [];
  const base = FIELD_LABELS[name] ?? name;
  const entryLabel = entry === undefined ? '' : ` entry ${Number(entry) + 1}`;
  const keyLabel = key === undefined ? '' : `, ${DATA_TYPE_LABELS[key as DataType] ?? key}`;
  const label = `${base}${entryLabel}${keyLabel}`;
  return withPath && label.toLowerCase() !== path.toLowerCase() ? `${label} (${path})` : label;
}
