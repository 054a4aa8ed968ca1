import { DATA_TYPES, type Defaults, OTHER_TABS_ACTIONS, type OtherTabsAction } from '../core/settings';
import { DATA_TYPE_LABELS, OTHER_TABS_LABELS } from '../ui/labels';

/** Global defaults: each change is saved at once. */
export function DefaultsForm({ defaults, onChange }: { defaults: Defaults; onChange: (defaults: Defaults) => void }) {
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
              onChange={(event) =>
                onChange({ ...defaults, clear: { ...defaults.clear, [type]: event.currentTarget.checked } })
              }
            />
            {DATA_TYPE_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>The site's other open tabs</span>
        <select
          value={defaults.otherTabs}
          onChange={(event) => onChange({ ...defaults, otherTabs: event.currentTarget.value as OtherTabsAction })}
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
          onChange={(event) => onChange({ ...defaults, notify: event.currentTarget.checked })}
        />
        Show a notification after a logout started by the keyboard shortcut or the menu
      </label>
    </section>
  );
}
