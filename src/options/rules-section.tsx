import { t } from '../core/i18n';
import type { ManagedPolicy, Settings } from '../core/settings';
import { ManagedRules } from './rule-card';
import { RuleEditor } from './rule-editor';
import { RuleList } from './rule-list';
import type { RuleIntents } from './use-rule-editing';

/**
 * The organisation's rules, read-only, then the user's own. When the policy
 * locks the rules, nothing here edits them, and the section says why.
 */
export function RulesSection({
  settings,
  policy,
  rules,
}: {
  settings: Settings;
  policy: ManagedPolicy;
  rules: RuleIntents;
}) {
  const locked = policy.lockRules;
  // A lock that arrives while the editor is open takes the editor away: the background would refuse its Save.
  const editing = locked ? undefined : rules.editing;
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
      {locked && <p class="notice">{t('issueRulesLocked')}</p>}
      <ManagedRules rules={policy.rules} />
      <RuleList
        settings={settings}
        policy={policy}
        editing={editing}
        editor={editor}
        actions={locked ? undefined : { onEdit: rules.edit, onRemove: rules.remove }}
      />
      {!inList && editor}
      {editing === undefined && !locked && (
        <button type="button" data-add-rule onClick={rules.add}>
          {t('addRule')}
        </button>
      )}
    </section>
  );
}
