import { checkHttpUrl } from '../core/field-checks';
import type { ImportResult, SaveResult, SettingsState, SiteView } from '../core/messages';
import { applyRule, ruleForHost } from '../core/rules';
import { hasErrors, parseSettings, type Settings } from '../core/settings';
import { readSettingsFile } from '../core/settings-file';
import { siteOfUrl } from '../core/site';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { tabUrl } from '../platform/tabs';
import { viewSite } from './logout';

export async function getSettings(): Promise<SettingsState> {
  return loadSettings();
}

/** Saves settings edited in the options page, after the same checks as any other input. */
export async function saveEditedSettings(input: unknown): Promise<SaveResult> {
  const { settings, issues } = parseSettings(input);
  if (hasErrors(issues)) return { saved: false, issues: issues.filter((issue) => issue.severity === 'error') };
  return { saved: true, state: await store(settings) };
}

/** Applies a settings file only when the whole file is valid; otherwise nothing changes. */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const outcome = readSettingsFile(text, new TextEncoder().encode(text).byteLength);
  if (!outcome.accepted) return outcome;
  return { accepted: true, state: await store(outcome.settings), warnings: outcome.warnings };
}

/** Makes the tab's current page the login page of the rule that applies to it (or of a new rule for its site). */
export async function useAsLoginPage(tabId: number): Promise<SiteView> {
  const url = await tabUrl(tabId);
  const scope = siteOfUrl(url);
  if (scope.kind === 'none' || !url) throw new Error(scope.kind === 'none' ? scope.reason : 'This tab has no address.');
  const login = checkHttpUrl(url);
  if (!login.ok) throw new Error(`This page cannot be a login page: its address ${login.message}.`);
  const { settings } = await loadSettings();
  const rule = ruleForHost(settings, scope.host) ?? { site: scope.site };
  await store(applyRule(settings, { ...rule, loginUrl: login.value }));
  return viewSite(tabId);
}

async function store(settings: Settings): Promise<SettingsState> {
  const where = await saveSettings(settings);
  return { settings, issues: [], ...where };
}
