import { joinSentences, t } from '../core/i18n';
import type { SiteView } from '../core/messages';
import {
  applyChange,
  type ChangeOutcome,
  describeFormIssue,
  type ImportOutcome,
  issueAt,
  readSettingsFile,
  refusedByPolicy,
  type SavedChange,
  type SettingsChange,
} from '../core/settings';
import { siteOfTab } from '../core/site';
import { loadSettings, saveChange } from '../platform/settings-store';
import { readTab } from '../platform/tabs';
import { viewSite } from './logout/index';
import { createQueue } from './one-at-a-time';

const oneChangeAtATime = createQueue();

/**
 * Applies one change to the settings as stored now, and answers with the
 * change that undoes it. Changes run one at a time, so two quick edits never
 * start from the same stale copy.
 */
export function changeSettings(change: SettingsChange): Promise<ChangeOutcome<SavedChange>> {
  return oneChangeAtATime(async (): Promise<ChangeOutcome<SavedChange>> => {
    const stored = await loadSettings();
    if (stored.unreadable) {
      return { issues: [issueAt(t('placeSettings'), t('settingsUnreadableNoChange', stored.unreadable))] };
    }
    const refused = refusedByPolicy(change, stored.policy);
    if (refused) return { issues: [refused] };
    const outcome = applyChange(stored.settings, change);
    if ('issues' in outcome) return outcome;
    const where = await saveChange(outcome, stored.area === 'local');
    const state = { settings: outcome.settings, policy: stored.policy, issues: stored.issues, ...where };
    return { state, ...(outcome.undo ? { undo: outcome.undo } : {}) };
  });
}

/** Applies a settings file only when the whole file is valid; otherwise nothing changes. */
export async function importSettingsFile(text: string): Promise<ImportOutcome<SavedChange>> {
  const file = readSettingsFile(text, new TextEncoder().encode(text).byteLength);
  if (!file.accepted) return file;
  const saved = await changeSettings({ kind: 'replaceAll', settings: file.settings });
  return 'issues' in saved
    ? { accepted: false, issues: saved.issues }
    : { accepted: true, warnings: file.warnings, ...saved };
}

/**
 * Makes the tab's current page the login page of the rule that applies to it
 * (or of a new rule for its site). With `expectedSite`, a tab that has moved
 * to another site is refused.
 */
export async function useAsLoginPage(tabId: number, expectedSite?: string): Promise<SiteView> {
  const tab = await readTab(tabId);
  if (!tab) throw new Error(t('errorTabClosedNothingSaved'));
  const { url } = tab;
  const scope = siteOfTab(tab);
  if (scope.kind === 'none' || !url) throw new Error(scope.kind === 'none' ? scope.reason : t('errorNoAddress'));
  if (expectedSite !== undefined && scope.site !== expectedSite) {
    throw new Error(t('errorTabMovedNothingSaved', expectedSite, scope.site));
  }
  // The fragment never reaches the server and may hold tokens: it is not kept.
  const loginUrl = url.replace(/#.*$/, '');
  const result = await changeSettings({ kind: 'setLoginUrl', host: scope.host, site: scope.site, loginUrl });
  if ('issues' in result) throw new Error(t('errorNotALoginPage', joinSentences(result.issues.map(describeFormIssue))));
  return viewSite(tabId);
}
