import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type DraftErrors,
  draftOf,
  type Rule,
  type RuleDraft,
  ruleFromDraft,
  type Settings,
  toggleClear,
} from '../core/settings';
import { DataTypeChecks, OtherTabsSelect } from '../ui/choice-fields';
import { OTHER_TABS_LABELS } from '../ui/labels';

export function RuleEditor({
  settings,
  editing,
  onSave,
  onCancel,
}: {
  settings: Settings;
  editing?: string;
  /** `original`: the rule as the editor first showed it, when editing one. */
  onSave: (rule: Rule, original?: Rule) => void;
  onCancel: () => void;
}) {
  const [original] = useState(() => settings.sites.find((rule) => rule.site === editing));
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(original, settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
  const set = (change: Partial<RuleDraft>) => setDraft({ ...draft, ...change });

  const submit = (event: Event) => {
    event.preventDefault();
    const result = ruleFromDraft(draft, settings, editing);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    onSave(result.rule, original);
  };

  const heading = editing ? `Edit the rule for ${editing}` : 'Add a rule';
  return (
    <form ref={form} class="editor" aria-label={heading} onSubmit={submit} noValidate>
      <h3>{heading}</h3>
      <TextField
        name="site"
        label="Site"
        hint="A site or host, such as example.com or app.example.com"
        value={draft.site}
        error={errors.site}
        onInput={(site) => set({ site })}
        required
      />
      <TextField
        name="loginUrl"
        label="Login page"
        hint="Where the tab lands after the logout (http or https). Empty: the root of the page's address."
        value={draft.loginUrl}
        error={errors.loginUrl}
        onInput={(loginUrl) => set({ loginUrl })}
        url
      />
      <TextField
        name="logoutUrl"
        label="Server logout URL"
        hint="Optional. Visited first, while the session cookies are still there, so the server ends its session too."
        value={draft.logoutUrl}
        error={errors.logoutUrl}
        onInput={(logoutUrl) => set({ logoutUrl })}
        url
      />
      <TextField
        name="relatedSites"
        label="Related sites"
        hint="Optional. Other sites cleared with this one, such as a single-sign-on provider; separate with commas."
        value={draft.relatedSites}
        error={errors.relatedSites}
        onInput={(relatedSites) => set({ relatedSites })}
      />
      <DataTypeChecks
        name="clear"
        clear={draft.clear}
        onToggle={(type, on) => setDraft(toggleClear(draft, type, on))}
      />
      <OtherTabsSelect
        value={draft.otherTabs}
        onSelect={(otherTabs) => set({ otherTabs })}
        inherit={{
          value: 'default',
          label: `As in the defaults (${OTHER_TABS_LABELS[settings.defaults.otherTabs].toLowerCase()})`,
        }}
      />
      <div class="actions">
        <button type="submit" class="primary-inline">
          Save rule
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TextField(props: {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string | undefined;
  onInput: (value: string) => void;
  url?: boolean;
  required?: boolean;
}) {
  const id = `field-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        inputMode={props.url ? 'url' : 'text'}
        value={props.value}
        required={props.required}
        spellcheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <small id={`${id}-hint`} class="hint">
        {props.hint}
      </small>
      {props.error && (
        <small id={`${id}-error`} class="field-error">
          {props.label} {props.error}
        </small>
      )}
    </div>
  );
}
