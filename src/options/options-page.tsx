import { useEffect, useRef, useState } from 'preact/hooks';
import { describeIssue, type SettingsChange, type SettingsIssue, type SettingsState } from '../core/settings';
import { DefaultsForm } from './defaults-form';
import { ImportExport } from './import-export';
import type { OptionsIntents } from './options-intents';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';
import { ShortcutSection } from './shortcut-section';

export type Feedback = { kind: 'status' | 'alert'; text: string; issues?: SettingsIssue[]; undo?: SettingsChange };

export function OptionsPage({ intents }: { intents: OptionsIntents }) {
  const [state, setState] = useState<SettingsState>();
  const [loadError, setLoadError] = useState<string>();
  const [editing, setEditing] = useState<string | 'new'>();
  const [feedback, setFeedback] = useState<Feedback>();
  const focusNext = useFocusAfterRender();

  useEffect(() => {
    const reload = () => intents.load().then(setState, (error: unknown) => setLoadError(String(error)));
    reload();
    return intents.watch(reload);
  }, [intents]);

  if (loadError) return <p role="alert">SignOff could not read its settings: {loadError}</p>;
  if (!state) return <p role="status">Loading settings…</p>;
  const { settings } = state;

  /** Sends one change to the background; answers whether it was saved, and says so, with Undo. */
  const save = async (change: SettingsChange, success: string): Promise<boolean> => {
    const result = await intents.change(change).catch((error: unknown) => ({ saved: false as const, error }));
    if ('state' in result) {
      setState(result.state);
      // The background worked out the undo from the settings it changed: it is sent back as it came.
      setFeedback({ kind: 'status', text: success, ...(result.undo ? { undo: result.undo } : {}) });
      return true;
    }
    const issues = 'issues' in result ? result.issues : [];
    const why = 'error' in result ? String(result.error) : 'see below';
    setFeedback({ kind: 'alert', text: `Not saved (${why}); nothing changed.`, issues });
    focusNext('.feedback [role="alert"]');
    return false;
  };

  const closeEditor = (site?: string) => {
    setEditing(undefined);
    focusNext(site ? `[data-edit="${CSS.escape(site)}"]` : '[data-add-rule]');
  };

  return (
    <main class="options">
      <h1>SignOff settings</h1>
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
      <FeedbackLine
        feedback={feedback}
        onUndo={(undo) => save(undo, 'Undone.').then(() => focusNext('.feedback [role="status"]'))}
      />

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Site rules</h2>
        <p class="hint">
          A rule applies to its site and every subdomain; the most specific rule wins. Sites without a rule land on the
          root of the page's own address.
        </p>
        <RuleList
          settings={settings}
          onEdit={(site) => setEditing(site)}
          onRemove={async (site) => {
            if (await save({ kind: 'removeRule', site }, `Removed the rule for ${site}.`))
              focusNext('.feedback button');
          }}
        />
        {editing === undefined ? (
          <button type="button" data-add-rule onClick={() => setEditing('new')}>
            Add a rule
          </button>
        ) : (
          <RuleEditor
            key={editing}
            settings={settings}
            editing={editing === 'new' ? undefined : editing}
            onSave={async (rule, original) => {
              const change: SettingsChange = original
                ? { kind: 'putRule', rule, replacing: original.site, expected: original }
                : { kind: 'putRule', rule };
              if (await save(change, `Saved the rule for ${rule.site}.`)) closeEditor(rule.site);
            }}
            onCancel={() => closeEditor(editing === 'new' ? undefined : editing)}
          />
        )}
      </section>

      <DefaultsForm
        defaults={settings.defaults}
        onChange={(patch) => save({ kind: 'patchDefaults', defaults: patch }, 'Saved the defaults.')}
      />
      <ShortcutSection intents={intents} />
      <ImportExport
        settings={settings}
        intents={intents}
        onImported={(next, text, notes, undo) => {
          setState(next);
          setEditing(undefined);
          setFeedback({ kind: 'status', text, issues: notes, ...(undo ? { undo } : {}) });
          focusNext('.feedback [role="status"]');
        }}
        onRefused={(refusal) => {
          // The message is at the top of the page, far from the file chooser: take the user there.
          setFeedback(refusal);
          focusNext(`.feedback [role="${refusal.kind}"]`);
        }}
      />
    </main>
  );
}

/** Moves focus to an element once the next render has put it in the page. */
function useFocusAfterRender(): (selector: string) => void {
  const pending = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!pending.current) return;
    document.querySelector<HTMLElement>(pending.current)?.focus();
    pending.current = undefined;
  });
  return (selector) => {
    pending.current = selector;
  };
}

function FeedbackLine({ feedback, onUndo }: { feedback?: Feedback; onUndo: (undo: SettingsChange) => void }) {
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

function IssueList({ issues }: { issues: SettingsIssue[] }) {
  return (
    <ul>
      {issues.map((issue) => (
        <li key={describeIssue(issue)}>{describeIssue(issue)}</li>
      ))}
    </ul>
  );
}
