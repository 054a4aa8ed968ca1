import type { Settings } from '../core/settings';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';
import type { RuleIntents } from './use-rule-editing';

export function RulesSection({ settings, rules }: { settings: Settings; rules: RuleIntents }) {
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">Site rules</h2>
      <p class="hint">
        A rule applies to its site and every subdomain; the most specific rule wins. Sites without a rule land on the
        root of the page's own address.
      </p>
      <RuleList settings={settings} onEdit={rules.edit} onRemove={rules.remove} />
      {rules.editing === undefined ? (
        <button type="button" data-add-rule onClick={rules.add}>
          Add a rule
        </button>
      ) : (
        <RuleEditor
          key={rules.editing}
          settings={settings}
          editing={rules.editing === 'new' ? undefined : rules.editing}
          onSave={rules.put}
          onCancel={rules.cancel}
        />
      )}
    </section>
  );
}
