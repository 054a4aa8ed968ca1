import { useEffect, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import type { UndoOffer } from '../core/logout/snapshot';
import { describeUndo, describeUndoOffer } from '../core/wording';
import type { useUndo } from './use-undo';

/**
 * Undo, while it is on offer: a button with the seconds left, which goes away
 * when they run out; then what Undo did, or why it could not.
 */
export function UndoArea({ undo, announceSite }: { undo: ReturnType<typeof useUndo>; announceSite: boolean }) {
  const { offer, undo: outcome } = undo;
  if (offer)
    return <UndoOfferBar offer={offer} announceSite={announceSite} onUndo={undo.startUndo} onExpire={undo.expire} />;
  if (outcome?.phase === 'running')
    return (
      <p role="status" class="progress">
        {t('undoRunning')}
      </p>
    );
  if (outcome?.phase === 'done')
    return (
      <p role="status" class="done">
        {t('undoneDetails', describeUndo(outcome.report))}
      </p>
    );
  if (outcome?.phase === 'failed')
    return (
      <p role="alert" class="error">
        {outcome.error}
      </p>
    );
  return null;
}

function UndoOfferBar(props: {
  offer: UndoOffer;
  announceSite: boolean;
  onUndo: (id: string) => void;
  onExpire: () => void;
}) {
  const secondsLeft = useSecondsUntil(props.offer.expiresAt);
  const { onExpire } = props;
  useEffect(() => {
    if (secondsLeft <= 0) onExpire();
  }, [secondsLeft, onExpire]);
  if (secondsLeft <= 0) return null;
  return (
    <div class="undo">
      {props.announceSite && <p class="undo-site">{t('undoOfferSite', props.offer.site)}</p>}
      <div class="undo-row">
        <button type="button" class="secondary" onClick={() => props.onUndo(props.offer.id)}>
          {t('undo')} <span class="countdown">{t('undoSecondsLeft', secondsLeft)}</span>
        </button>
        <p class="note">{describeUndoOffer(props.offer)}</p>
      </div>
    </div>
  );
}

/** Seconds left until `deadline`, counted afresh at each render (a new deadline shows at once). */
function useSecondsUntil(deadline: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 250);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
