import type { SettingsChange, SettingsIssue } from '../core/settings';
import { IssueList } from './issue-list';

/** What the page says about the user's last action; `undo` comes from the background. */
export type Feedback = { kind: 'status' | 'alert'; text: string; issues?: SettingsIssue[]; undo?: SettingsChange };

export function FeedbackLine({ feedback, onUndo }: { feedback?: Feedback; onUndo: (undo: SettingsChange) => void }) {
  // The live region stays in the page, empty or not, so that every message in it is announced.
  return (
    <div class="feedback" aria-live="polite">
      {feedback && (
        <div role={feedback.kind} class={feedback.kind === 'alert' ? 'error' : 'done'} tabIndex={-1}>
          <p>
            {feedback.text}{' '}
            {feedback.undo && (
              <button type="button" class="link" onClick={() => feedback.undo && onUndo(feedback.undo)}>
                Undo
              </button>
            )}
          </p>
          {feedback.issues && feedback.issues.length > 0 && <IssueList issues={feedback.issues} />}
        </div>
      )}
    </div>
  );
}
