import { t } from '../core/i18n';
import type { SettingsState } from '../core/settings';
import { IssueList } from './issue-list';

/**
 * What the page must say about the stored settings themselves: where they are
 * kept, what was not read; and what in the organisation's policy is ignored.
 */
export function StoredNotices({ state }: { state: SettingsState }) {
  return (
    <>
      {state.notice && <p class="notice">{state.notice}</p>}
      {state.issues.length > 0 && (
        <div class="notice" role="alert">
          <p>{t('storedIssuesIntro')}</p>
          <IssueList issues={state.issues} />
        </div>
      )}
      {state.policy.issues.length > 0 && (
        <div class="notice" role="alert">
          <p>{t('policyIssuesIntro')}</p>
          <IssueList issues={state.policy.issues} />
        </div>
      )}
      {state.unreadable && (
        <p class="notice" role="alert">
          {t('settingsUnreadable', state.unreadable)}
        </p>
      )}
    </>
  );
}
