import { useState } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import type { UndoOffer, UndoReport } from '../../core/logout/snapshot';
import type { AllSitesIntents } from './intents';

export type SitesUndoState =
  | { phase: 'offered'; offer: UndoOffer }
  | { phase: 'running' }
  | { phase: 'done'; report: UndoReport }
  | { phase: 'failed'; error: string };

/** The Undo the background offered with its report, while it lasts, and how using it went. */
export function useSitesUndo(intents: Pick<AllSitesIntents, 'undo'>, onUndone?: () => void) {
  const [state, setState] = useState<SitesUndoState>();
  const use = (id: string) => {
    setState({ phase: 'running' });
    intents.undo(id).then(
      (report) => {
        setState({ phase: 'done', report });
        onUndone?.();
      },
      (error: unknown) => setState({ phase: 'failed', error: errorMessage(error) }),
    );
  };
  return {
    state,
    use,
    offer: (offer: UndoOffer | undefined) => setState(offer ? { phase: 'offered', offer } : undefined),
    expire: () => setState((now) => (now?.phase === 'offered' ? undefined : now)),
  };
}
