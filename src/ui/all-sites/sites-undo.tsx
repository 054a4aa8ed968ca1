import { useEffect } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { UndoOffer } from '../../core/logout/snapshot';
import { describeSitesUndo, describeUndoOffer } from '../../core/wording';
import { useFocusOnMount } from '../use-focus-on-mount';
import { useSecondsUntil } from '../use-seconds-until';
import type { useSitesUndo } from './use-sites-undo';

/**
 * Undo, while the background offers it, with the seconds left; then what it
 * put back, or why it could not. Each takes focus, as Undo went from under it.
 */
export function SitesUndo({ undo }: { undo: ReturnType<typeof useSitesUndo> }) {
  const { state } = undo;
  switch (state?.phase) {
    case 'offered':
      return <UndoOfferRow offer={state.offer} onUndo={undo.use} onExpire={undo.expire} />;
    case 'running':
      return <UndoLine key="running" role="status" class="progress" text={t('allSitesUndoRunning')} />;
    case 'done':
      return <UndoLine key="done" role="status" class="done" text={describeSitesUndo(state.report)} />;
    case 'failed':
      return <UndoLine key="failed" role="alert" class="error" text={state.error} />;
    default:
      return null;
  }
}

function UndoLine(props: { role: 'status' | 'alert'; class: string; text: string }) {
  const line = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={line} role={props.role} class={`all-sites-step ${props.class}`} tabIndex={-1}>
      {props.text}
    </p>
  );
}

function UndoOfferRow(props: { offer: UndoOffer; onUndo: (id: string) => void; onExpire: () => void }) {
  const secondsLeft = useSecondsUntil(props.offer.expiresAt);
  const { onExpire } = props;
  useEffect(() => {
    if (secondsLeft <= 0) onExpire();
  }, [secondsLeft, onExpire]);
  if (secondsLeft <= 0) return null;
  return (
    <div class="all-sites-step all-sites-actions">
      <button type="button" class="secondary" onClick={() => props.onUndo(props.offer.id)}>
        {t('undo')}
      </button>
      <span class="countdown">{t('undoSecondsLeft', secondsLeft)}</span>
      <p class="note">{describeUndoOffer(props.offer)}</p>
    </div>
  );
}
