import { t } from '../core/i18n';
import type { Defaults, DefaultsPatch } from '../core/settings';
import { DataTypeChecks, OtherTabsSelect } from '../ui/choice-fields';
import { NoticeSlot } from './notice';

/**
 * Global defaults: each change is saved at once, as a change of that one field.
 * `managed`: the organisation's policy sets them; they are shown, and cannot be changed.
 */
export function DefaultsForm({
  defaults,
  managed = false,
  onChange,
}: {
  defaults: Defaults;
  managed?: boolean;
  onChange: (patch: DefaultsPatch) => void;
}) {
  return (
    <section aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">{t('defaultsHeading')}</h2>
      {managed ? <p class="notice">{t('issueDefaultsManaged')}</p> : <p class="hint">{t('defaultsHint')}</p>}
      <DataTypeChecks
        clear={defaults.clear}
        disabled={managed}
        onToggle={(type, on) => onChange({ clear: { [type]: on } })}
      />
      <OtherTabsSelect
        value={defaults.otherTabs}
        disabled={managed}
        onSelect={(otherTabs) => onChange({ otherTabs })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={defaults.notify}
          disabled={managed}
          onChange={(event) => onChange({ notify: event.currentTarget.checked })}
        />
        {t('notifyLabel')}
      </label>
      <NoticeSlot place={{ at: 'defaults' }} />
    </section>
  );
}
