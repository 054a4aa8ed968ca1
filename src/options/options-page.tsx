import { writeSettingsFile } from '../core/settings';
import { DefaultsForm } from './defaults-form';
import { FeedbackLine } from './feedback-line';
import { ImportExport } from './import-export';
import type { OptionsIntents } from './options-intents';
import { RulesSection } from './rules-section';
import { ShortcutSection } from './shortcut-section';
import { StoredNotices } from './stored-notices';
import { useFeedback } from './use-feedback';
import { useFocusAfterRender } from './use-focus-after-render';
import { useRuleEditing } from './use-rule-editing';
import { useSettingsState } from './use-settings-state';

/** The options page: the settings the background holds, and one intent per user action. */
export function OptionsPage({ intents }: { intents: OptionsIntents }) {
  const { state, loadError, setState } = useSettingsState(intents);
  const focusNext = useFocusAfterRender();
  const feedback = useFeedback(intents.change, setState, focusNext);
  const rules = useRuleEditing(feedback.save, focusNext);

  if (loadError) return <p role="alert">SignOff could not read its settings: {loadError}</p>;
  if (!state) return <p role="status">Loading settings…</p>;
  const { settings } = state;
  return (
    <main class="options">
      <h1>SignOff settings</h1>
      <StoredNotices state={state} />
      <FeedbackLine feedback={feedback.shown} onUndo={feedback.undo} />
      <RulesSection settings={settings} rules={rules} />
      <DefaultsForm
        defaults={settings.defaults}
        onChange={(defaults) => feedback.save({ kind: 'patchDefaults', defaults }, 'Saved the defaults.')}
      />
      <ShortcutSection intents={intents} />
      <ImportExport
        importText={intents.importText}
        onExport={() => intents.saveFile('signoff-settings.json', writeSettingsFile(settings))}
        onImported={(next) => {
          setState(next);
          rules.close();
        }}
        report={feedback.show}
      />
    </main>
  );
}
