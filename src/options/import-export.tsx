import { useState } from 'preact/hooks';
import {
  type Settings,
  type SettingsChange,
  type SettingsIssue,
  type SettingsState,
  sizeIssue,
  writeSettingsFile,
} from '../core/settings';
import { plural } from '../core/wording';
import type { OptionsIntents } from './options-intents';
import type { Feedback } from './options-page';

export function ImportExport({
  settings,
  intents,
  onImported,
  onRefused,
}: {
  settings: Settings;
  intents: Pick<OptionsIntents, 'importText'>;
  onImported: (state: SettingsState, message: string, notes: SettingsIssue[], undo?: SettingsChange) => void;
  onRefused: (feedback: Feedback) => void;
}) {
  const [busy, setBusy] = useState(false);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (issues: Feedback['issues']) =>
      onRefused({ kind: 'alert', text: `${file.name} was not imported; your settings are unchanged.`, issues });
    const tooLarge = sizeIssue(file.size);
    if (tooLarge) return refuse([tooLarge]);
    setBusy(true);
    try {
      const result = await intents.importText(await file.text());
      if (!result.accepted) return refuse(result.issues);
      const notes = result.warnings.length ? `, with ${plural(result.warnings.length, 'note')}` : '';
      onImported(
        result.state,
        `Imported ${plural(result.state.settings.sites.length, 'rule')} from ${file.name}${notes}.`,
        result.warnings,
        result.undo,
      );
    } catch (error) {
      refuse([{ severity: 'error', where: 'file', message: String(error) }]);
    } finally {
      setBusy(false);
    }
  };

  const exportFile = () => {
    const blob = new Blob([writeSettingsFile(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'signoff-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">Back up and restore</h2>
      <p class="hint">
        A settings file replaces all rules and defaults. It is checked whole before anything changes; a file with any
        invalid rule is refused.
      </p>
      <div class="actions">
        <button type="button" onClick={exportFile}>
          Export settings
        </button>
        <label class="file">
          Import settings
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(event) => importFile(event.currentTarget)}
          />
        </label>
      </div>
    </section>
  );
}
