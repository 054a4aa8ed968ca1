import { useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import { joinSentences, t } from '../core/i18n';
import {
  asSentence,
  type Settings,
  type SettingsChange,
  type SettingsIssue,
  type SettingsState,
} from '../core/settings';
import { type Feedback, type NoticePlace, placeAfter } from './notice-place';
import type { OptionsIntents } from './options-intents';

export interface SaveOptions {
  /** Where the notice goes when the change is refused: where the user acted. */
  failedAt: NoticePlace;
  /** Whether the notice offers Undo (an Undo's own notice does not: Undo of Undo reads as nonsense). */
  offerUndo?: boolean;
  /** What takes focus once the change is saved (a refusal always takes it, to be read). */
  focus?: Feedback['focus'];
  /** Runs with the saved settings, in the same render as the notice. */
  onSaved?: () => void;
  /** Shows the background's refusal itself, next to the field (a change that could not be sent still gets a notice). */
  onRefused?: (issues: SettingsIssue[]) => void;
}

/** Sends one change; answers whether it was saved, and says so next to where the user acted. */
export type Save = (change: SettingsChange, success: string, options: SaveOptions) => Promise<boolean>;

/** The notice on show, and the changes that put one there. */
export function useFeedback(
  change: OptionsIntents['change'],
  settings: Settings | undefined,
  setState: (state: SettingsState) => void,
) {
  const [shown, setShown] = useState<Feedback>();
  const save: Save = async (request, success, { failedAt, focus, onSaved, onRefused, offerUndo = true }) => {
    const place = placeAfter(request, settings);
    const result = await change(request).catch((error: unknown) => ({ error }));
    if ('state' in result) {
      setState(result.state);
      onSaved?.();
      // The background worked out the undo from the settings it changed: it is sent back as it came.
      const undo = result.undo && offerUndo ? { undo: result.undo } : {};
      setShown({ kind: 'status', text: success, place, ...(focus ? { focus } : {}), ...undo });
      return true;
    }
    const why = 'error' in result ? [asSentence(errorMessage(result.error))] : [];
    const issues = 'issues' in result ? result.issues : [];
    if (onRefused && issues.length > 0) {
      // The last notice was about an earlier action: the refusal next to the field is what is said now.
      setShown(undefined);
      onRefused(issues);
      return false;
    }
    const text = joinSentences([t('notSaved'), ...why]);
    setShown({ kind: 'alert', text, issues, place: failedAt, focus: 'notice' });
    return false;
  };
  return {
    shown,
    save,
    /** Sends a notice's Undo; what it says then takes focus, as the Undo button is gone. */
    undo: (from: Feedback) => {
      if (from.undo) void save(from.undo, t('undone'), { failedAt: from.place, focus: 'notice', offerUndo: false });
    },
    show: setShown,
    clear: () => setShown(undefined),
  };
}
