import './all-sites.css';
import { formatList, t, tCount } from '../../core/i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import { ConfirmStep } from './confirm-step';
import type { AllSitesIntents } from './intents';
import { SitesReportShown } from './sites-report';
import { SitesUndo } from './sites-undo';
import { type AllSitesStep, useAllSites } from './use-all-sites';

/**
 * "Log out of all sites", from the button to the report and its Undo.
 * `startNow`: the button was pressed before this was loaded, so it begins
 * with the survey, and the button it brings takes over the focus.
 * `startClass`: how the page styles its button (a link in the popup).
 * `onChanged`: the sites were logged out, or brought back by Undo (the popup counts its site's data again).
 */
export function AllSitesFlow(props: {
  intents: AllSitesIntents;
  startNow?: boolean;
  startClass?: string;
  onChanged?: () => void;
}) {
  const startNow = props.startNow ?? false;
  const { step, undo, start, confirm, cancel } = useAllSites(props.intents, startNow, props.onChanged);
  const asking = step.phase === 'confirming' || step.phase === 'running';
  const focusStart = (startNow && step.phase === 'surveying') || (step.phase === 'idle' && step.cancelled === true);
  return (
    <div class="all-sites">
      {!asking && <StartButton class={props.startClass} focus={focusStart} onStart={start} />}
      {step.phase === 'confirming' ? (
        <ConfirmStep view={step.view} onConfirm={confirm} onCancel={cancel} />
      ) : step.phase === 'done' ? (
        <SitesReportShown report={step.report} />
      ) : (
        <StepLine step={step} />
      )}
      <SitesUndo undo={undo} />
    </div>
  );
}

function StartButton(props: { class: string | undefined; focus: boolean; onStart: () => void }) {
  const button = useFocusOnMount<HTMLButtonElement>(props.focus);
  return (
    <button ref={button} type="button" class={props.class} onClick={props.onStart}>
      {t('allSitesButton')}
    </button>
  );
}

/** A step said in one line: looking, nothing to log out of, running, or what went wrong. */
function StepLine({ step }: { step: AllSitesStep }) {
  switch (step.phase) {
    case 'surveying':
      return <Line key="surveying" role="status" class="progress" text={t('allSitesSurveying')} />;
    case 'nothing': {
      const { kept } = step.view;
      const text = kept.length > 0 ? t('allSitesNothingButKept', formatList(kept)) : t('allSitesNothing');
      return <Line key="nothing" role="status" class="note" text={text} />;
    }
    case 'running':
      return <Line key="running" role="status" class="progress" text={tCount('allSitesRunning', step.count)} focus />;
    case 'failed':
      return <Line key="failed" role="alert" class="error" text={step.error} focus={step.confirmed} />;
    default:
      return null;
  }
}

function Line(props: { role: 'status' | 'alert'; class: string; text: string; focus?: boolean }) {
  const line = useFocusOnMount<HTMLParagraphElement>(props.focus ?? false);
  return (
    <p ref={line} role={props.role} class={`all-sites-step ${props.class}`} tabIndex={-1}>
      {props.text}
    </p>
  );
}
