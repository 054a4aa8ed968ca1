import { useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { Rule, SettingsChange } from '../core/settings';
import type { Save } from './use-feedback';
import type { FocusNext } from './use-focus-after-render';

export type RuleIntents = ReturnType<typeof useRuleEditing>;

/** Which rule the editor is open on ('new' for a new rule), and the rule list's intents. */
export function useRuleEditing({ save, clear }: { save: Save; clear: () => void }, focusNext: FocusNext) {
  const [editing, setEditing] = useState<string | 'new'>();
  /** Closes the editor; focus goes back to the rule's Edit button, or to "Add a rule". */
  const finish = (site?: string) => {
    setEditing(undefined);
    focusNext(site ? `[data-edit="${CSS.escape(site)}"]` : '[data-add-rule]');
  };
  /** Opens the editor: the last notice is about something else, and goes. */
  const open = (which: string | 'new') => {
    clear();
    setEditing(which);
  };
  return {
    editing,
    add: () => open('new'),
    edit: (site: string) => open(site),
    cancel: () => finish(editing === 'new' ? undefined : editing),
    close: () => setEditing(undefined),
    /** The notice takes the rule's place, and its Undo the focus, since the Remove button is gone. */
    remove: (site: string) =>
      save({ kind: 'removeRule', site }, t('removedRuleFor', site), {
        failedAt: { at: 'rule', site },
        focus: 'undo',
      }),
    /** `original`: the rule as the editor first showed it, when editing one. Saved, the notice shows under it. */
    put: (rule: Rule, original?: Rule) => {
      const change: SettingsChange = original
        ? { kind: 'putRule', rule, replacing: original.site, expected: original }
        : { kind: 'putRule', rule };
      return save(change, t('savedRuleFor', rule.site), {
        failedAt: { at: 'editor' },
        onSaved: () => finish(rule.site),
      });
    },
  };
}
