import { t, tCount } from '../core/i18n';
import { UNDO_SECONDS } from '../core/logout/snapshot';
import { AllSitesFlow, type AllSitesIntents } from '../ui/all-sites';

/** "Log out of all sites" for the regular windows, with what it does and what the keep list keeps out of it. */
export function AllSitesSection({ intents }: { intents: AllSitesIntents }) {
  return (
    <section aria-labelledby="all-sites-heading">
      <h2 id="all-sites-heading">{t('allSitesHeading')}</h2>
      <p>{tCount('allSitesAbout', UNDO_SECONDS)}</p>
      <p class="hint">{t('allSitesKeepHint', t('fieldKeep'))}</p>
      <AllSitesFlow intents={intents} />
    </section>
  );
}
