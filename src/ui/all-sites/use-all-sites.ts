import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import type { AllSitesView, SitesReport } from '../../core/logout/all-sites';
import type { AllSitesIntents } from './intents';
import { useSitesUndo } from './use-sites-undo';

export type AllSitesStep =
  /** `cancelled`: the user turned the confirmation down, so focus goes back to the button. */
  | { phase: 'idle'; cancelled?: boolean }
  | { phase: 'surveying' }
  | { phase: 'confirming'; view: AllSitesView }
  | { phase: 'nothing'; view: AllSitesView }
  | { phase: 'running'; count: number }
  | { phase: 'done'; report: SitesReport }
  /** `confirmed`: it failed after Confirm, whose place the error takes. */
  | { phase: 'failed'; error: string; confirmed: boolean };

/** The steps from "Log out of all sites" to its report, and the intents that move between them. */
export function useAllSites(intents: AllSitesIntents, startNow: boolean, onChanged?: () => void) {
  const [step, setStep] = useState<AllSitesStep>({ phase: startNow ? 'surveying' : 'idle' });
  const undo = useSitesUndo(intents, onChanged);
  const fail = (confirmed: boolean) => (error: unknown) =>
    setStep({ phase: 'failed', error: errorMessage(error), confirmed });
  const ask = () =>
    intents
      .surveyAllSites()
      .then((view) => setStep({ phase: view.sites.length > 0 ? 'confirming' : 'nothing', view }), fail(false));
  // Asked once, on the first render: the button was pressed before this code was loaded.
  useEffect(() => {
    if (startNow) void ask();
  }, []);

  const start = () => {
    if (step.phase === 'surveying') return;
    setStep({ phase: 'surveying' });
    void ask();
  };
  const confirm = (view: AllSitesView) => {
    setStep({ phase: 'running', count: view.sites.length });
    intents.logOutOfAllSites(view.sites).then((report) => {
      setStep({ phase: 'done', report });
      undo.offer(report.undo);
      onChanged?.();
    }, fail(true));
  };
  const cancel = () => setStep({ phase: 'idle', cancelled: true });
  return { step, undo, start, confirm, cancel };
}
