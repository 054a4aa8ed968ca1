import { useRef, useState } from 'preact/hooks';
import { type DraftErrors, draftOf, type RuleDraft, ruleFromDraft } from '../core/rule-form';
import { DATA_TYPES, OTHER_TABS_ACTIONS, type Rule, type Settings } from '../core/settings';
import { DATA_TYPE_LABELS, OTHER_TABS_LABELS } from '../ui/labels';

export function RuleEditor({
  settings,
  editing,
  onSave,
  onCancel,
}: {
  settings: Settings;
  editing?: string;
  onSave: (rule: Rule, replacing?: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<RuleDraft>(() =>
    draftOf(
      settings.sites.find((rule) => rule.site === editing),
      settings,
    ),
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const form = useRef<HTMLFormElement>(null);
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
    onSave(result.rule, editing);
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
      <fieldset>
        <legend>What to clear</legend>
        {DATA_TYPES.map((type) => (
          <label key={type} class="check">
            <input
              type="checkbox"
              name={`clear-${type}`}
              checked={draft.clear[type]}
              onChange={(event) => set({ clear: { ...draft.clear, [type]: event.currentTarget.checked } })}
            />
            {DATA_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>The site's other open tabs</span>
        <select
          name="otherTabs"
          value={draft.otherTabs}
          onChange={(event) => set({ otherTabs: event.currentTarget.value as RuleDraft['otherTabs'] })}
        >
          <option value="default">
            As in the defaults ({OTHER_TABS_LABELS[settings.defaults.otherTabs].toLowerCase()})
          </option>
          {OTHER_TABS_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {OTHER_TABS_LABELS[action]}
            </option>
          ))}
        </select>
      </label>
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
