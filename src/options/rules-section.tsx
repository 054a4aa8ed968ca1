import { t } from '../core/i18n';
import type { Settings } from '../core/settings';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';
import type { RuleIntents } from './use-rule-editing';

export function RulesSection({ settings, rules }: { settings: Settings; rules: RuleIntents }) {
  const { editing } = rules;
  const editor = editing !== undefined && (
    <RuleEditor
      key={editing}
      settings={settings}
      editing={editing === 'new' ? undefined : editing}
      onSave={rules.put}
      onCancel={rules.cancel}
    />
  );
  // A rule removed elsewhere while it was being edited has no place in the list: its editor stays, below it.
  const inList = settings.sites.some((rule) => rule.site === editing);
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('rulesHeading')}</h2>
      <p class="hint">{t('rulesHint')}</p>
      <RuleList settings={settings} editing={editing} editor={editor} onEdit={rules.edit} onRemove={rules.remove} />
      {!inList && editor}
      {editing === undefined && (
        <button type="button" data-add-rule onClick={rules.add}>
          {t('addRule')}
        </button>
      )}
    </section>
  );
}
