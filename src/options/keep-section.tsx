import { t } from '../core/i18n';
import { siteOfHost } from '../core/site';
import { NoticeSlot } from './notice';
import type { Save } from './use-feedback';
import { useKeepList } from './use-keep-list';

const FIELD_ID = 'keep-site';

/** The sites "Log out of all sites" leaves signed in: each with its Remove button, then a field to add one. */
export function KeepSection({ keep, save }: { keep: string[]; save: Save }) {
  const { typed, setTyped, error, field, add, remove } = useKeepList(keep, save);
  return (
    <section aria-labelledby="keep-heading">
      <h2 id="keep-heading">{t('fieldKeep')}</h2>
      <p class="hint">{t('keepHint')}</p>
      {keep.length === 0 ? (
        <p>{t('keepNone')}</p>
      ) : (
        <ul class="kept">
          {keep.map((entry) => (
            <KeptSite key={entry} entry={entry} onRemove={remove} />
          ))}
        </ul>
      )}
      <form class="field keep-add" onSubmit={add} noValidate>
        <label for={FIELD_ID}>{t('keepSiteLabel')}</label>
        <div class="actions">
          <input
            ref={field}
            id={FIELD_ID}
            type="text"
            inputMode="url"
            spellcheck={false}
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${FIELD_ID}-hint${error ? ` ${FIELD_ID}-error` : ''}`}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <button type="submit">{t('keepAdd')}</button>
        </div>
        <small id={`${FIELD_ID}-hint`} class="hint">
          {t('keepSiteHint')}
        </small>
        {error && (
          <small id={`${FIELD_ID}-error`} class="field-error" role="alert">
            {error}
          </small>
        )}
      </form>
      <NoticeSlot place={{ at: 'keep' }} />
    </section>
  );
}

/** A kept entry; one given as a subdomain says that its whole site is kept, as it is. */
function KeptSite({ entry, onRemove }: { entry: string; onRemove: (entry: string) => void }) {
  const site = siteOfHost(entry);
  return (
    <li>
      <span class="kept-site">{entry}</span> {site !== entry && <span class="hint">{t('keepWholeSite', site)} </span>}
      <button type="button" aria-label={t('keepRemove', entry)} onClick={() => onRemove(entry)}>
        {t('remove')}
      </button>
    </li>
  );
}
