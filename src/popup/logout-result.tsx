import { joinSentences, t } from '../core/i18n';
import type { LogoutReport } from '../core/logout/report';
import { describeClearing, describeLandingBriefly, landingFailed, sitesNamed } from '../core/wording';

/** What a finished logout did: the outcome once, as a heading line, then the detail. */
export function LogoutResult({ report }: { report: LogoutReport }) {
  const trouble = landingFailed(report.landing) || report.left.length > 0;
  return (
    <div role="status" class="report">
      <p class={`outcome ${trouble ? 'error' : 'done'}`}>
        <span class="outcome-mark" aria-hidden="true">
          {trouble ? '!' : '✓'}
        </span>
        {t('loggedOutOf', sitesNamed(report))}
      </p>
      <p>{joinSentences([describeClearing(report), describeLandingBriefly(report.landing)])}</p>
      {report.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
    </div>
  );
}
