import type { SettingsState } from '../core/settings';
import { IssueList } from './issue-list';

/** What the page must say about the stored settings themselves: where they are kept, what was not read. */
export function StoredNotices({ state }: { state: SettingsState }) {
  return (
    <>
      {state.notice && <p class="notice">{state.notice}</p>}
      {state.issues.length > 0 && (
        <div class="notice" role="alert">
          <p>Some saved settings were not valid and are not in use (they are kept as they are):</p>
          <IssueList issues={state.issues} />
        </div>
      )}
      {state.unreadable && (
        <p class="notice" role="alert">
          SignOff cannot read the stored settings ({state.unreadable}), so it uses its defaults and will not save over
          them. Update SignOff in this browser to use them.
        </p>
      )}
    </>
  );
}
