import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../core/i18n';
import { IssueList } from './issue-list';
import { type Feedback, type NoticePlace, samePlace } from './notice-place';

/** The notice on show, if any, and how its Undo is sent; every NoticeSlot reads it. */
export const NoticeContext = createContext<{ shown?: Feedback | undefined; undo: (from: Feedback) => void }>({
  undo: () => {},
});

/**
 * Where a notice of `place` appears. The live region is rendered empty first
 * and filled a render later: a screen reader announces what changes in a live
 * region, not one that arrives already filled (as in a new rule's card).
 */
export function NoticeSlot({ place }: { place: NoticePlace }) {
  const { shown, undo } = useContext(NoticeContext);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const here = ready && shown && samePlace(shown.place, place) ? shown : undefined;
  return (
    <div class="notice-slot" aria-live="polite">
      {here && <Notice feedback={here} onUndo={() => undo(here)} />}
    </div>
  );
}

function Notice({ feedback, onUndo }: { feedback: Feedback; onUndo: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    // Seen where it shows, however the page scrolled: the least scrolling that brings it whole into view.
    element?.scrollIntoView?.({ block: 'nearest' });
    const target = feedback.focus === 'undo' ? element?.querySelector('button') : element;
    if (feedback.focus) target?.focus();
  }, [feedback]);
  return (
    <div ref={box} role={feedback.kind} class={`notice-box ${feedback.kind}`} tabIndex={-1}>
      <p>
        {feedback.text}
        {feedback.undo && (
          <>
            {' '}
            <button type="button" class="link" onClick={onUndo}>
              {t('undo')}
            </button>
          </>
        )}
      </p>
      {feedback.issues && feedback.issues.length > 0 && (
        <IssueList issues={feedback.issues} byLabel={feedback.place.at === 'editor'} />
      )}
    </div>
  );
}
