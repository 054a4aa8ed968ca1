import { useState } from 'preact/hooks';
import type { Rule, SettingsChange } from '../core/settings';
import type { Save } from './use-feedback';
import type { FocusNext } from './use-focus-after-render';

export type RuleIntents = ReturnType<typeof useRuleEditing>;

/** Which rule the editor is open on ('new' for a new rule), and the rule list's intents. */
export function useRuleEditing(save: Save, focusNext: FocusNext) {
  const [editing, setEditing] = useState<string | 'new'>();
  /** Closes the editor; focus goes back to the rule's Edit button, or to "Add a rule". */
  const finish = (site?: string) => {
    setEditing(undefined);
    focusNext(site ? `[data-edit="${CSS.escape(site)}"]` : '[data-add-rule]');
  };
  return {
    editing,
    add: () => setEditing('new'),
    edit: (site: string) => setEditing(site),
    cancel: () => finish(editing === 'new' ? undefined : editing),
    close: () => setEditing(undefined),
    remove: async (site: string) => {
      if (await save({ kind: 'removeRule', site }, `Removed the rule for ${site}.`)) focusNext('.feedback button');
    },
    /** `original`: the rule as the editor first showed it, when editing one. */
    put: async (rule: Rule, original?: Rule) => {
      const change: SettingsChange = original
        ? { kind: 'putRule', rule, replacing: original.site, expected: original }
        : { kind: 'putRule', rule };
      if (await save(change, `Saved the rule for ${rule.site}.`)) finish(rule.site);
    },
  };
}
