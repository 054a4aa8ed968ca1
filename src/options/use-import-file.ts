import { useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import { t, tCount } from '../core/i18n';
import { issueAt, type SettingsIssue, type SettingsState, sizeIssue } from '../core/settings';
import type { Feedback } from './notice-place';
import type { OptionsIntents } from './options-intents';

export interface ImportIntents {
  importText: OptionsIntents['importText'];
  onImported: (state: SettingsState) => void;
  /** Says how the import went, with the Undo the background answered. */
  report: (feedback: Feedback) => void;
}

const place = { at: 'files' } as const;

/**
 * Imports a chosen file through the background; busy meanwhile. Focus stays
 * on the Import button, with the notice (and its Undo) right after it; a
 * refusal takes focus, to be read.
 */
export function useImportFile({ importText, onImported, report }: ImportIntents) {
  const [busy, setBusy] = useState(false);
  const importFile = async (file: File) => {
    const refuse = (issues: SettingsIssue[]) =>
      report({
        kind: 'alert',
        text: t('importRefused', file.name),
        issues,
        place,
        focus: 'notice',
      });
    const tooLarge = sizeIssue(file.size);
    if (tooLarge) return refuse([tooLarge]);
    setBusy(true);
    try {
      const result = await importText(await file.text());
      if (!result.accepted) return refuse(result.issues);
      onImported(result.state);
      const rules = tCount('ruleCount', result.state.settings.sites.length);
      const notes = result.warnings.length;
      const text = notes
        ? t('importedWithNotes', rules, file.name, tCount('noteCount', notes))
        : t('imported', rules, file.name);
      report({ kind: 'status', text, issues: result.warnings, place, ...(result.undo ? { undo: result.undo } : {}) });
    } catch (error) {
      refuse([issueAt('', errorMessage(error))]);
    } finally {
      setBusy(false);
    }
  };
  return { busy, importFile };
}
