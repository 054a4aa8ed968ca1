import type { Rule, Settings } from '../core/settings';
import { DataTypeChecks, OtherTabsSelect } from '../ui/choice-fields';
import { OTHER_TABS_LABELS } from '../ui/labels';
import { NoticeSlot } from './notice';
import { RuleTextFields } from './rule-text-fields';
import { useRuleDraft } from './use-rule-draft';

export function RuleEditor({
  settings,
  editing,
  onSave,
  onCancel,
}: {
  settings: Settings;
  /** The site of the rule being edited; none for a new rule. */
  editing?: string | undefined;
  /** `original`: the rule as the editor first showed it, when editing one. */
  onSave: (rule: Rule, original?: Rule) => void;
  onCancel: () => void;
}) {
  const { form, draft, clear, errors, submit, set, toggle, reset } = useRuleDraft(settings, editing, onSave);
  const heading = editing ? `Edit the rule for ${editing}` : 'Add a rule';
  const asDefaults = OTHER_TABS_LABELS[settings.defaults.otherTabs].toLowerCase();
  return (
    <form ref={form} class="editor" aria-label={heading} onSubmit={submit} noValidate>
      <h3>{heading}</h3>
      <RuleTextFields draft={draft} errors={errors} onInput={set} />
      <DataTypeChecks
        name="clear"
        clear={clear}
        onToggle={toggle}
        inherited={{ own: draft.ownClear, onReset: reset }}
      />
      <OtherTabsSelect
        value={draft.otherTabs}
        onSelect={(otherTabs) => set({ otherTabs })}
        inherit={{ value: 'default', label: `As in the defaults (${asDefaults})` }}
      />
      <NoticeSlot place={{ at: 'editor' }} />
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
