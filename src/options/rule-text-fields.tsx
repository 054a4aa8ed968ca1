import { t } from '../core/i18n';
import type { DraftErrors, RuleDraft } from '../core/settings';
import { ruleFieldLabel } from '../ui/labels';

type TextFieldName = 'site' | 'loginUrl' | 'logoutUrl' | 'relatedSites';

const TEXT_FIELDS: ReadonlyArray<{ name: TextFieldName; hint: () => string; url?: true; required?: true }> = [
  { name: 'site', hint: () => t('hintSite'), required: true },
  { name: 'loginUrl', hint: () => t('hintLoginUrl'), url: true },
  { name: 'logoutUrl', hint: () => t('hintLogoutUrl'), url: true },
  { name: 'relatedSites', hint: () => t('hintRelatedSites') },
];

/** The rule's text fields, each with its hint, and its error (a sentence that names it) when the last save found one. */
export function RuleTextFields(props: {
  draft: RuleDraft;
  errors: DraftErrors;
  onInput: (change: Partial<RuleDraft>) => void;
}) {
  return (
    <>
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field.name}
          {...field}
          hint={field.hint()}
          label={ruleFieldLabel(field.name)}
          value={props.draft[field.name]}
          error={props.errors[field.name]}
          onInput={(value) => props.onInput({ [field.name]: value })}
        />
      ))}
    </>
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
          {props.error}
        </small>
      )}
    </div>
  );
}
