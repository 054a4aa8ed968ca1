import { type ImportIntents, useImportFile } from './use-import-file';

export function ImportExport({ onExport, ...intents }: ImportIntents & { onExport: () => void }) {
  const { busy, importFile } = useImportFile(intents);
  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so that choosing the same file again imports it again.
    input.value = '';
    if (file) void importFile(file);
  };
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">Back up and restore</h2>
      <p class="hint">
        A settings file replaces all rules and defaults. It is checked whole before anything changes; a file with any
        invalid rule is refused.
      </p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
        <label class="file">
          Import settings
          <input
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(event) => choose(event.currentTarget)}
          />
        </label>
      </div>
    </section>
  );
}
