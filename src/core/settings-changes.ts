import { applyRule, removeRule } from './rules';
import { checkRule, hasErrors, parseSettings, patchDefaults, type Settings, type SettingsIssue } from './settings';

/**
 * One change a user makes to the settings. The background applies each to
 * the settings as they are stored at that moment, so changes made elsewhere
 * (the popup, another synced browser) are kept.
 */
export type SettingsChange =
  | { kind: 'putRule'; rule: unknown; replacing?: string }
  | { kind: 'removeRule'; site: string }
  | { kind: 'patchDefaults'; defaults: unknown }
  /** Import and Undo: all rules and defaults at once. */
  | { kind: 'replaceAll'; settings: unknown };

export type ChangeOutcome = { settings: Settings; removedSites: string[] } | { issues: SettingsIssue[] };

export function applyChange(current: Settings, change: SettingsChange): ChangeOutcome {
  switch (change.kind) {
    case 'putRule':
      return putRule(current, change.rule, change.replacing);
    case 'removeRule':
      return { settings: removeRule(current, change.site), removedSites: [change.site] };
    case 'patchDefaults': {
      const patched = patchDefaults(current.defaults, change.defaults);
      return 'issues' in patched ? patched : { settings: { ...current, defaults: patched.defaults }, removedSites: [] };
    }
    case 'replaceAll': {
      const { settings, issues } = parseSettings(change.settings);
      if (hasErrors(issues)) return { issues: issues.filter((issue) => issue.severity === 'error') };
      const kept = new Set(settings.sites.map((rule) => rule.site));
      return { settings, removedSites: current.sites.map((rule) => rule.site).filter((site) => !kept.has(site)) };
    }
  }
}

function putRule(current: Settings, input: unknown, replacing?: string): ChangeOutcome {
  const checked = checkRule(input);
  if ('errors' in checked) {
    return {
      issues: Object.entries(checked.errors).map(([field, message]) => ({ severity: 'error', where: field, message })),
    };
  }
  const { rule } = checked;
  if (current.sites.some((existing) => existing.site === rule.site && existing.site !== replacing)) {
    return { issues: [{ severity: 'error', where: 'site', message: `${rule.site} already has a rule` }] };
  }
  return {
    settings: applyRule(current, rule, replacing ?? rule.site),
    removedSites: replacing !== undefined && replacing !== rule.site ? [replacing] : [],
  };
}
