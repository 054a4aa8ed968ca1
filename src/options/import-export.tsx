import { t } from '../core/i18n';
import type { ManagedPolicy } from '../core/settings';
import { NoticeSlot } from './notice';
import { type ImportIntents, useImportFile } from './use-import-file';

/**
 * Export, and Import as a button of the same look: the file input stays (the
 * browser lets only it open a file chooser), hidden but focusable inside its
 * label, which shows the focus ring. Export writes the user's own settings
 * only; Import is absent when the organisation's policy locks the rules.
 */
export function ImportExport({
  onExport,
  policy,
  ...intents
}: ImportIntents & { onExport: () => void; policy: ManagedPolicy }) {
  const { busy, importFile } = useImportFile(intents);
  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again imports it again.
    input.value = '';
    if (file) void importFile(file);
  };
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">{t('filesHeading')}</h2>
      <p class="hint">{policy.lockRules ? t('policyExportHint') : t('filesHint')}</p>
      {(policy.rules.length > 0 || policy.defaults) && <p class="hint">{t('policyNotExported')}</p>}
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('export')}
        </button>
        {!policy.lockRules && (
          <label class="button file-button">
            {t('importFile')}
            <input
              type="file"
              class="visually-hidden"
              accept="application/json,.json"
              disabled={busy}
              onChange={(event) => choose(event.currentTarget)}
            />
          </label>
        )}
      </div>
      <NoticeSlot place={{ at: 'files' }} />
    </section>
  );
}
