import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  type DraftErrors,
  draftOf,
  type Rule,
  type RuleDraft,
  ruleFromDraft,
  type Settings,
  toggleClear,
} from '../core/settings';

/** The rule editor's draft and its errors; a save checks the draft and hands on the rule, or shows the errors. */
export function useRuleDraft(
  settings: Settings,
  editing: string | undefined,
  onSave: (rule: Rule, original?: Rule) => void,
) {
  const [original] = useState(() => settings.sites.find((rule) => rule.site === editing));
  const [draft, setDraft] = useState<RuleDraft>(() => draftOf(original, settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);
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
  const set = (change: Partial<RuleDraft>) => setDraft({ ...draft, ...change });
  const toggle = (type: DataType, on: boolean) => setDraft(toggleClear(draft, type, on));
  /** The rule no longer decides this type: it follows the defaults again. */
  const reset = (type: DataType) => setDraft({ ...draft, ownClear: draft.ownClear.filter((own) => own !== type) });
  return { form, draft, clear: shownClear(draft, settings), errors, submit, set, toggle, reset };
}

/** Each box as the editor shows it: the rule's own choice, else the defaults as they are now. */
function shownClear(draft: RuleDraft, settings: Settings): DataTypeChoice {
  const shown = { ...settings.defaults.clear };
  for (const type of DATA_TYPES) if (draft.ownClear.includes(type)) shown[type] = draft.clear[type];
  return shown;
}
