import type { LogoutReport } from '../core/logout/report';
import { describeClearing, describeLanding, landingFailed, sitesNamed } from '../core/wording';
import type { PopupState } from './use-popup';

/** What the popup says while a logout runs, once it is done, or why it failed. */
export function LogoutResult({ state }: { state: PopupState }) {
  if (state.phase === 'running') {
    return (
      <p role="status" class="progress">
        Clearing cookies and storage of {state.view.site}…
      </p>
    );
  }
  if (state.phase === 'failed') {
    return (
      <p role="alert" class="error">
        {state.error}
      </p>
    );
  }
  return state.phase === 'done' ? <Report report={state.report} /> : null;
}

function Report({ report }: { report: LogoutReport }) {
  const failedLanding = landingFailed(report.landing) || report.left.length > 0;
  return (
    <div role="status" class={failedLanding ? 'error' : 'done'}>
      <p>
        <strong>Logged out of {sitesNamed(report)}.</strong> {describeClearing(report)}
      </p>
      <p>{describeLanding(report.landing)}</p>
      {report.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
    </div>
  );
}
