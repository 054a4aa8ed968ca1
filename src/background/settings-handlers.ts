import type { ImportResult, SaveResult, SiteView } from '../core/messages';
import {
  applyChange,
  describeIssue,
  readSettingsFile,
  type SettingsChange,
  type SettingsState,
} from '../core/settings';
import { siteOfTab } from '../core/site';
import { loadSettings, saveChange } from '../platform/settings-store';
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
    const where = await saveChange(outcome, stored.area === 'local');
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

/**
 * Makes the tab's current page the login page of the rule that applies to it
 * (or of a new rule for its site). With `expectedSite`, a tab that has moved
 * to another site is refused.
 */
export async function useAsLoginPage(tabId: number, expectedSite?: string): Promise<SiteView> {
  const tab = await readTab(tabId);
  const { url } = tab;
  const scope = siteOfTab(tab);
  if (scope.kind === 'none' || !url) throw new Error(scope.kind === 'none' ? scope.reason : 'This tab has no address.');
  if (expectedSite !== undefined && scope.site !== expectedSite) {
    throw new Error(`The tab has moved from ${expectedSite} to ${scope.site}; nothing was saved.`);
  }
  // The fragment never reaches the server and may hold tokens: it is not kept.
  const loginUrl = url.replace(/#.*$/, '');
  const result = await changeSettings({ kind: 'setLoginUrl', host: scope.host, site: scope.site, loginUrl });
  if (!result.saved)
    throw new Error(`This page cannot be the login page: ${result.issues.map(describeIssue).join(' ')}`);
  return viewSite(tabId);
}
