import { useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import type { UndoOffer, UndoReport } from '../core/logout/snapshot';
import type { PopupIntents } from './popup-intents';

export type UndoState =
  | { phase: 'running' }
  | { phase: 'done'; report: UndoReport }
  | { phase: 'failed'; error: string };

/** The Undo on offer (from the background, which knows what it changed) and how using it went. */
export function useUndo(intents: Pick<PopupIntents, 'undo'>, onUndone: () => void) {
  const [offer, setOffer] = useState<UndoOffer>();
  const [undo, setUndo] = useState<UndoState>();
  const startUndo = (id: string) => {
    setUndo({ phase: 'running' });
    setOffer(undefined);
    intents.undo(id).then(
      (report) => {
        setUndo({ phase: 'done', report });
        onUndone();
      },
      (error: unknown) => setUndo({ phase: 'failed', error: errorMessage(error) }),
    );
  };
  return {
    offer,
    undo,
    startUndo,
    offerUndo: (next: UndoOffer | undefined) => {
      setOffer(next);
      if (next) setUndo(undefined);
    },
    expire: () => setOffer(undefined),
  };
}
