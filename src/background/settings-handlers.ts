import { checkHttpUrl } from '../core/field-checks';
import type { ImportResult, SaveResult, SettingsState, SiteView } from '../core/messages';
import { ruleForHost } from '../core/rules';
import { applyChange, type SettingsChange } from '../core/settings-changes';
import { describeIssue, readSettingsFile } from '../core/settings-file';
import { siteOfTab } from '../core/site';
import { loadSettings, saveSettings } from '../platform/settings-store';
import { readTab } from '../platform/tabs';
import { viewSite } from './logout';

export async function getSettings(): Promise<SettingsState> {
  return loadSettings();
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Applies one change to the settings as stored now. Changes run one at a
 * time, so two quick edits never start from the same stale copy.
 */
export function changeSettings(change: SettingsChange): Promise<SaveResult> {
  const run = pending.then(async (): Promise<SaveResult> => {
    const stored = await loadSettings();
    if (stored.unreadable) {
      const message = `SignOff cannot change the stored settings because ${stored.unreadable}. Update SignOff in this browser first.`;
      return { saved: false, issues: [{ severity: 'error', where: 'settings', message }] };
    }
    const outcome = applyChange(stored.settings, change);
    if ('issues' in outcome) return { saved: false, issues: outcome.issues };
    const where = await saveSettings(outcome.settings, outcome.removedSites);
    return { saved: true, state: { settings: outcome.settings, issues: stored.issues, ...where } };
  });
  pending = run.catch(() => {});
  return run;
}

/** Applies a settings file only when the whole file is valid; otherwise nothing changes. */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const outcome = readSettingsFile(text, new TextEncoder().encode(text).byteLength);
  if (!outcome.accepted) return outcome;
  const result = await changeSettings({ kind: 'replaceAll', settings: outcome.settings });
  return result.saved
    ? { accepted: true, state: result.state, warnings: outcome.warnings }
    : { accepted: false, issues: result.issues };
}

/** Makes the tab's current page the login page of the rule that applies to it (or of a new rule for its site). */
export async function useAsLoginPage(tabId: number): Promise<SiteView> {
  const tab = await readTab(tabId);
  const { url } = tab;
  const scope = siteOfTab(tab);
  if (scope.kind === 'none' || !url) throw new Error(scope.kind === 'none' ? scope.reason : 'This tab has no address.');
  // The fragment never reaches the server and may hold tokens: it is not kept.
  const login = checkHttpUrl(url.replace(/#.*$/, ''));
  if (!login.ok) throw new Error(`This page cannot be a login page: its address ${login.message}.`);
  const { settings } = await loadSettings();
  const existing = ruleForHost(settings, scope.host);
  const rule = { ...(existing ?? { site: scope.site }), loginUrl: login.value };
  const result = await changeSettings({ kind: 'putRule', rule, ...(existing ? { replacing: existing.site } : {}) });
  if (!result.saved) throw new Error(result.issues.map(describeIssue).join(' '));
  return viewSite(tabId);
}
