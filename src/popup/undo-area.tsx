import { useEffect } from 'preact/hooks';
import { formatList, t, tCount } from '../core/i18n';
import type { UndoOffer } from '../core/logout/snapshot';
import { describeSitesUndo, describeUndo, describeUndoOffer, offeredSites } from '../core/wording';
import { useSecondsUntil } from '../ui/use-seconds-until';
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
        {(outcome.report.sites?.length ?? 0) > 1
          ? describeSitesUndo(outcome.report)
          : t('undoneDetails', describeUndo(outcome.report))}
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
  // A logout of all sites (by its command, with no popup open) is offered here too: it names its sites.
  const sites = offeredSites(props.offer);
  return (
    <div class="undo">
      {props.announceSite && <p class="undo-site">{t('undoOfferSite', formatList(sites))}</p>}
      <div class="undo-row">
        <button type="button" class="secondary" onClick={() => props.onUndo(props.offer.id)}>
          {sites.length > 1 ? tCount('allSitesUndoLogout', sites.length) : t('undo')}{' '}
          <span class="countdown">{t('undoSecondsLeft', secondsLeft)}</span>
        </button>
        <p class="note">{describeUndoOffer(props.offer)}</p>
      </div>
    </div>
  );
}
