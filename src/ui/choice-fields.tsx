import { useRef } from 'preact/hooks';
import { t } from '../core/i18n';
import {
  DATA_TYPES,
  type DataType,
  type DataTypeChoice,
  OTHER_TABS_ACTIONS,
  type OtherTabsAction,
} from '../core/settings';
import { dataTypeLabel, otherTabsLabel, ruleFieldLabel } from './labels';

/** For a rule's boxes: the types the rule decides itself (the others follow the defaults), and how to undo that. */
export interface Inherited {
  own: readonly DataType[];
  onReset: (type: DataType) => void;
}

/** One checkbox per data type a logout can clear; with `inherited`, each says whether it follows the defaults. */
export function DataTypeChecks(props: {
  clear: DataTypeChoice;
  onToggle: (type: DataType, on: boolean) => void;
  name?: string;
  inherited?: Inherited;
  /** Shown but not changeable: set by the organisation's policy. */
  disabled?: boolean;
}) {
  return (
    <fieldset class="checks">
      <legend>{ruleFieldLabel('clear')}</legend>
      {props.inherited && <p class="hint">{t('clearFollowsDefaultsHint')}</p>}
      {DATA_TYPES.map((type) => (
        <DataTypeCheck key={type} type={type} {...props} />
      ))}
    </fieldset>
  );
}

function DataTypeCheck({
  type,
  clear,
  onToggle,
  name = 'defaults',
  inherited,
  disabled,
}: Parameters<typeof DataTypeChecks>[0] & { type: DataType }) {
  const box = useRef<HTMLInputElement>(null);
  const source = `${name}-${type}-source`;
  const own = inherited?.own.includes(type);
  return (
    <div class="check-row">
      <label class="check">
        <input
          ref={box}
          type="checkbox"
          name={`${name}-${type}`}
          checked={clear[type]}
          disabled={disabled}
          aria-describedby={inherited ? source : undefined}
          onChange={(event) => onToggle(type, event.currentTarget.checked)}
        />
        {dataTypeLabel(type)}
      </label>
      {inherited && (
        <span id={source} class={own ? 'source own' : 'source'}>
          {own ? t('setForThisSite') : t('asInTheDefaults')}
        </span>
      )}
      {inherited && own && (
        <button
          type="button"
          class="link"
          aria-label={t('resetToDefaultOf', dataTypeLabel(type))}
          onClick={() => {
            // The button goes once the type follows the defaults again: focus stays on the row, on its box.
            box.current?.focus();
            inherited.onReset(type);
          }}
        >
          {t('resetToDefault')}
        </button>
      )}
    </div>
  );
}

/** What happens to the site's other tabs; `inherit` adds a first choice that follows the defaults. */
export function OtherTabsSelect<V extends string>({
  value,
  onSelect,
  inherit,
  disabled,
}: {
  value: OtherTabsAction | V;
  onSelect: (value: OtherTabsAction | V) => void;
  inherit?: { value: V; label: string };
  disabled?: boolean;
}) {
  return (
    <label class="field">
      <span>{ruleFieldLabel('otherTabs')}</span>
      <select
        name="otherTabs"
        value={value}
        disabled={disabled}
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
            {otherTabsLabel(action)}
          </option>
        ))}
      </select>
    </label>
  );
}
