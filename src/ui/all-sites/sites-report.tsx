import { formatList, t, tCount } from '../../core/i18n';
import type { SitesReport } from '../../core/logout/all-sites';
import { useFocusOnMount } from '../use-focus-on-mount';
import { describeFailures, describeLeftBehind, describeSitesCleared, namesOf } from './wording';

/**
 * What a logout of all sites did: a status with the sites logged out, what
 * was left and what was kept, then an alert with the sites it failed on.
 * It takes focus, in the place of the status that said it was running.
 */
export function SitesReportShown({ report }: { report: SitesReport }) {
  const outcome = useFocusOnMount<HTMLDivElement>();
  const { loggedOut, kept } = report;
  const leftBehind = describeLeftBehind(loggedOut);
  const failures = describeFailures(report);
  const trouble = leftBehind.length > 0 || failures.length > 0;
  return (
    <div ref={outcome} class="all-sites-step all-sites-outcome" tabIndex={-1}>
      <div role="status" class="report">
        <p class={`outcome ${trouble ? 'error' : 'done'}`}>
          <span class="outcome-mark" aria-hidden="true">
            {trouble ? '!' : '✓'}
          </span>
          {loggedOut.length > 0
            ? tCount('allSitesLoggedOut', loggedOut.length, namesOf(loggedOut))
            : failures.length > 0
              ? t('allSitesNoneLoggedOut')
              : t('sitesReportNone')}
        </p>
        {loggedOut.length > 0 && <p>{describeSitesCleared(loggedOut)}</p>}
        {leftBehind.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {kept.length > 0 && <p>{t('sitesReportKept', formatList(kept))}</p>}
      </div>
      {failures.length > 0 && (
        <div role="alert" class="error">
          {failures.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
