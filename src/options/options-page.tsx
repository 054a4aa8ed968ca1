import { t } from '../core/i18n';
import { asSentence, writeSettingsFile } from '../core/settings';
import { AllSitesSection } from './all-sites-section';
import { DefaultsForm } from './defaults-form';
import { ImportExport } from './import-export';
import { KeepSection } from './keep-section';
import { NoticeContext } from './notice';
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
  const feedback = useFeedback(intents.change, state?.settings, setState);
  const rules = useRuleEditing(feedback, focusNext);

  if (loadError || !state) {
    return (
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        {loadError ? (
          <p role="alert" class="notice-box alert">
            {asSentence(t('settingsLoadFailed', loadError))}
          </p>
        ) : (
          <p role="status" class="hint">
            {t('settingsLoading')}
          </p>
        )}
      </main>
    );
  }
  const { settings, policy } = state;
  // The rule editor shows what a rule leaves to the defaults: those in force, the organisation's if it sets them.
  const defaults = policy.defaults ?? settings.defaults;
  return (
    <NoticeContext.Provider value={{ shown: feedback.shown, undo: feedback.undo }}>
      <main class="options">
        <h1>{t('optionsTitle')}</h1>
        <StoredNotices state={state} />
        <RulesSection settings={{ ...settings, defaults }} policy={policy} rules={rules} />
        <DefaultsForm
          defaults={defaults}
          managed={policy.defaults !== undefined}
          onChange={(patch) =>
            feedback.save({ kind: 'patchDefaults', defaults: patch }, t('savedDefaults'), {
              failedAt: { at: 'defaults' },
            })
          }
        />
        <AllSitesSection intents={intents} />
        <KeepSection keep={settings.keep} save={feedback.save} />
        <ShortcutSection intents={intents} />
        <ImportExport
          importText={intents.importText}
          policy={policy}
          onExport={() => intents.saveFile('signoff-settings.json', writeSettingsFile(settings))}
          onImported={(next) => {
            setState(next);
            rules.close();
          }}
          report={feedback.show}
        />
      </main>
    </NoticeContext.Provider>
  );
}
