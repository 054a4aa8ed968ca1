import {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  OTHER_TABS_ACTIONS,
  type OtherTabsAction,
} from '../core/settings';
import { DATA_TYPE_LABELS, OTHER_TABS_LABELS } from './labels';

/** One checkbox per data type a logout can clear. */
export function DataTypeChecks({
  clear,
  onToggle,
  name,
}: {
  clear: DataTypeChoice;
  onToggle: (type: DataType, on: boolean) => void;
  name?: string;
}) {
  return (
    <fieldset>
      <legend>What to clear</legend>
      {DATA_TYPES.map((type) => (
        <label key={type} class="check">
          <input
            type="checkbox"
            {...(name ? { name: `${name}-${type}` } : {})}
            checked={clear[type]}
            onChange={(event) => onToggle(type, event.currentTarget.checked)}
          />
          {DATA_TYPE_LABELS[type]}
        </label>
      ))}
    </fieldset>
  );
}

/** What happens to the site's other tabs; `inherit` adds a first choice that follows the defaults. */
export function OtherTabsSelect<V extends string>({
  value,
  onSelect,
  inherit,
}: {
  value: OtherTabsAction | V;
  onSelect: (value: OtherTabsAction | V) => void;
  inherit?: { value: V; label: string };
}) {
  return (
    <label class="field">
      <span>The site's other open tabs</span>
      <select
        name="otherTabs"
        value={value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          const action = OTHER_TABS_ACTIONS.find((candidate) => candidate === chosen);
          if (action) onSelect(action);
          else if (inherit && chosen === inherit.value) onSelect(inherit.value);
        }}
      >
        {inherit && <option value={inherit.value}>{inherit.label}</option>}
        {OTHER_TABS_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {OTHER_TABS_LABELS[action]}
          </option>
        ))}
      </select>
    </label>
  );
}
