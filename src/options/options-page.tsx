import { useEffect, useState } from 'preact/hooks';
import type { SettingsState } from '../core/messages';
import type { Settings, SettingsIssue } from '../core/settings';
import type { SettingsChange } from '../core/settings-changes';
import { describeIssue } from '../core/settings-file';
import { DefaultsForm } from './defaults-form';
import { ImportExport } from './import-export';
import type { OptionsIntents } from './options-intents';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';
import { ShortcutSection } from './shortcut-section';

export type Feedback = { kind: 'status' | 'alert'; text: string; issues?: SettingsIssue[]; undo?: Settings };

export function OptionsPage({ intents }: { intents: OptionsIntents }) {
  const [state, setState] = useState<SettingsState>();
  const [loadError, setLoadError] = useState<string>();
  const [editing, setEditing] = useState<string | 'new'>();
  const [feedback, setFeedback] = useState<Feedback>();

  useEffect(() => {
    const reload = () => intents.load().then(setState, (error: unknown) => setLoadError(String(error)));
    reload();
    return intents.watch(reload);
  }, [intents]);

  if (loadError) return <p role="alert">SignOff could not read its settings: {loadError}</p>;
  if (!state) return <p role="status">Loading settings…</p>;

  /** Sends one change to the background; answers whether it was saved, and says so. */
  const save = async (change: SettingsChange, success: string, undo?: Settings): Promise<boolean> => {
    const result = await intents.change(change).catch((error: unknown) => ({ saved: false as const, error }));
    if ('state' in result) {
      setState(result.state);
      setFeedback({ kind: 'status', text: success, ...(undo ? { undo } : {}) });
      return true;
    }
    const issues = 'issues' in result ? result.issues : [];
    const why = 'error' in result ? String(result.error) : 'the settings are not valid';
    setFeedback({ kind: 'alert', text: `Not saved: ${why}.`, issues });
    return false;
  };

  const { settings } = state;
  return (
    <main class="options">
      <h1>SignOff settings</h1>
      {state.notice && <p class="notice">{state.notice}</p>}
      {state.issues.length > 0 && (
        <div class="notice" role="alert">
          <p>Some saved settings were not valid and are not in use:</p>
          <ul>
            {state.issues.map((issue) => (
              <li key={describeIssue(issue)}>{describeIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.unreadable && (
        <p class="notice" role="alert">
          SignOff cannot read the stored settings ({state.unreadable}), so it uses its defaults and will not save over
          them. Update SignOff in this browser to use them.
        </p>
      )}
      <FeedbackLine feedback={feedback} onUndo={(undo) => save({ kind: 'replaceAll', settings: undo }, 'Undone.')} />

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Site rules</h2>
        <p class="hint">
          A rule applies to its site and every subdomain; the most specific rule wins. Sites without a rule land on the
          root of the page's own address.
        </p>
        <RuleList
          settings={settings}
          onEdit={(site) => setEditing(site)}
          onRemove={(site) => save({ kind: 'removeRule', site }, `Removed the rule for ${site}.`, settings)}
        />
        {editing === undefined ? (
          <button type="button" onClick={() => setEditing('new')}>
            Add a rule
          </button>
        ) : (
          <RuleEditor
            key={editing}
            settings={settings}
            editing={editing === 'new' ? undefined : editing}
            onSave={async (rule, replacing) => {
              const change = { kind: 'putRule' as const, rule, ...(replacing ? { replacing } : {}) };
              if (await save(change, `Saved the rule for ${rule.site}.`, settings)) setEditing(undefined);
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </section>

      <DefaultsForm
        defaults={settings.defaults}
        onChange={(patch) => save({ kind: 'patchDefaults', defaults: patch }, 'Saved the defaults.', settings)}
      />
      <ShortcutSection intents={intents} />
      <ImportExport
        settings={settings}
        intents={intents}
        onImported={(next, text) => {
          setState(next);
          setEditing(undefined);
          setFeedback({ kind: 'status', text, undo: settings });
        }}
        onRefused={setFeedback}
      />
    </main>
  );
}

function FeedbackLine({ feedback, onUndo }: { feedback?: Feedback; onUndo: (settings: Settings) => void }) {
  return (
    <div class="feedback" aria-live="polite">
      {feedback && (
        <div role={feedback.kind} class={feedback.kind === 'alert' ? 'error' : 'done'}>
          <p>
            {feedback.text}{' '}
            {feedback.undo && (
              <button type="button" class="link" onClick={() => feedback.undo && onUndo(feedback.undo)}>
                Undo
              </button>
            )}
          </p>
          {feedback.issues && feedback.issues.length > 0 && (
            <ul>
              {feedback.issues.map((issue) => (
                <li key={describeIssue(issue)}>{describeIssue(issue)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
