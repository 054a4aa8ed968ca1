import { t } from '../core/i18n';
import type { Rule, Settings } from '../core/settings';
import { DataTypeChecks, OtherTabsSelect } from '../ui/choice-fields';
import { otherTabsAsDefaultsLabel } from '../ui/labels';
import { AutoLogoutFields } from './auto-logout-fields';
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
  const heading = editing ? t('editRuleFor', editing) : t('addRule');
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
        inherit={{ value: 'default', label: otherTabsAsDefaultsLabel(settings.defaults.otherTabs) }}
      />
      <AutoLogoutFields
        value={draft.autoLogout}
        error={errors.autoLogout}
        onChange={(autoLogout) => set({ autoLogout })}
      />
      <NoticeSlot place={{ at: 'editor' }} />
      <div class="actions">
        <button type="submit" class="primary-inline">
          {t('saveRule')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
