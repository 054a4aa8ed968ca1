import { useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import type { SettingsChange, SettingsState } from '../core/settings';
import type { Feedback } from './feedback-line';
import type { OptionsIntents } from './options-intents';
import type { FocusNext } from './use-focus-after-render';

/** Sends one change; answers whether it was saved, and says so at the top of the page. */
export type Save = (change: SettingsChange, success: string) => Promise<boolean>;

/** The message at the top of the page, and the changes that put one there. */
export function useFeedback(
  change: OptionsIntents['change'],
  onSaved: (state: SettingsState) => void,
  focusNext: FocusNext,
) {
  const [shown, setShown] = useState<Feedback>();
  const save: Save = async (request, success) => {
    const result = await change(request).catch((error: unknown) => ({ error }));
    if ('state' in result) {
      onSaved(result.state);
      // The background worked out the undo from the settings it changed: it is sent back as it came.
      setShown({ kind: 'status', text: success, ...(result.undo ? { undo: result.undo } : {}) });
      return true;
    }
    const issues = 'issues' in result ? result.issues : [];
    const why = 'error' in result ? errorMessage(result.error) : 'see below';
    setShown({ kind: 'alert', text: `Not saved (${why}); nothing changed.`, issues });
    focusNext('.feedback [role="alert"]');
    return false;
  };
  return {
    shown,
    save,
    undo: (undo: SettingsChange) => save(undo, 'Undone.').then(() => focusNext('.feedback [role="status"]')),
    /** Shows a message that is far from where the user acted, and takes the user there. */
    show: (feedback: Feedback) => {
      setShown(feedback);
      focusNext(`.feedback [role="${feedback.kind}"]`);
    },
  };
}
