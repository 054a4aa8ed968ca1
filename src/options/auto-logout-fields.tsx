import type { ComponentChildren } from 'preact';
import { t } from '../core/i18n';
import { type AutoLogoutDraft, IDLE_MINUTES } from '../core/settings';
import { ruleFieldLabel } from '../ui/labels';

const ERROR_ID = 'autoLogout-error';

/** When the rule logs its site out by itself: one box per moment, the idle time with its minutes. */
export function AutoLogoutFields({
  value,
  error,
  onChange,
}: {
  value: AutoLogoutDraft;
  error?: string | undefined;
  onChange: (value: AutoLogoutDraft) => void;
}) {
  const set = (change: Partial<AutoLogoutDraft>) => onChange({ ...value, ...change });
  return (
    <fieldset class="checks">
      <legend>{ruleFieldLabel('autoLogout')}</legend>
      <p class="hint">{t('autoLogoutHint')}</p>
      <Check
        name="autoLogout-onLastTabClosed"
        on={value.onLastTabClosed}
        onSwitch={(on) => set({ onLastTabClosed: on })}
      >
        {t('autoLogoutLastTabLabel')}
      </Check>
      <IdleRow value={value} error={error} set={set} />
      <Check name="autoLogout-onStartup" on={value.onStartup} onSwitch={(on) => set({ onStartup: on })}>
        {t('autoLogoutStartupLabel')}
      </Check>
      {error && (
        <small id={ERROR_ID} class="field-error">
          {error}
        </small>
      )}
    </fieldset>
  );
}

function Check(props: { name: string; on: boolean; onSwitch: (on: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        name={props.name}
        checked={props.on}
        onChange={(event) => props.onSwitch(event.currentTarget.checked)}
      />
      {props.children}
    </label>
  );
}

/**
 * "After [30] minutes without use": the box is named by the whole sentence,
 * minutes included, and the minutes can be typed once the box is on.
 */
function IdleRow({
  value,
  error,
  set,
}: {
  value: AutoLogoutDraft;
  error?: string | undefined;
  set: (change: Partial<AutoLogoutDraft>) => void;
}) {
  const id = 'autoLogout-idle';
  return (
    <>
      <div class="check">
        <input
          id={id}
          type="checkbox"
          name={id}
          checked={value.idle}
          aria-labelledby={`${id}-before ${id}-minutes ${id}-after`}
          aria-describedby={`${id}-hint`}
          onChange={(event) => set({ idle: event.currentTarget.checked })}
        />
        <label id={`${id}-before`} for={id}>
          {t('autoLogoutIdleBefore')}
        </label>
        <input
          id={`${id}-minutes`}
          name="autoLogout"
          type="number"
          inputMode="numeric"
          min={IDLE_MINUTES.min}
          max={IDLE_MINUTES.max}
          step={1}
          value={value.idleMinutes}
          disabled={!value.idle}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${ERROR_ID}` : ''}`}
          onInput={(event) => set({ idleMinutes: event.currentTarget.value })}
        />
        <label id={`${id}-after`} for={id}>
          {t('autoLogoutIdleAfter')}
        </label>
        {/* A label of its own, not aria-label: some browsers take an embedded field's aria-label into the box's name. */}
        <label for={`${id}-minutes`} class="visually-hidden">
          {t('autoLogoutIdleMinutes')}
        </label>
      </div>
      <small id={`${id}-hint`} class="hint check-hint">
        {t('autoLogoutIdleHint')}
      </small>
    </>
  );
}
