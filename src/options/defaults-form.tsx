import { DATA_TYPES, type Defaults, OTHER_TABS_ACTIONS, type OtherTabsAction } from '../core/settings';
import { DATA_TYPE_LABELS, OTHER_TABS_LABELS } from '../ui/labels';

type DefaultsPatch = { clear?: Partial<Defaults['clear']>; otherTabs?: Defaults['otherTabs']; notify?: boolean };

/** Global defaults: each change is saved at once, as a change of that one field. */
export function DefaultsForm({ defaults, onChange }: { defaults: Defaults; onChange: (patch: DefaultsPatch) => void }) {
  return (
    <section aria-labelledby="defaults-heading">
      <h2 id="defaults-heading">Defaults</h2>
      <p class="hint">For every site, unless its rule says otherwise.</p>
      <fieldset>
        <legend>What to clear</legend>
        {DATA_TYPES.map((type) => (
          <label key={type} class="check">
            <input
              type="checkbox"
              checked={defaults.clear[type]}
              onChange={(event) => onChange({ clear: { [type]: event.currentTarget.checked } })}
            />
            {DATA_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>The site's other open tabs</span>
        <select
          value={defaults.otherTabs}
          onChange={(event) => onChange({ otherTabs: event.currentTarget.value as OtherTabsAction })}
        >
          {OTHER_TABS_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {OTHER_TABS_LABELS[action]}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={defaults.notify}
          onChange={(event) => onChange({ notify: event.currentTarget.checked })}
        />
        Show a notification after a logout started by the keyboard shortcut or the menu
      </label>
    </section>
  );
}
