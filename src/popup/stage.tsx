import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Two layers in one place: what the popup offers, and, once there is one,
 * the outcome over it. The offer stays laid out underneath, hidden and inert,
 * so the popup keeps its size and nothing moves when the outcome appears.
 * Focus moves to the outcome, since the control under the user's focus went.
 */
export function Stage({ offer, outcome }: { offer: ComponentChildren; outcome?: ComponentChildren }) {
  const shown = outcome !== undefined;
  const outcomeLayer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) outcomeLayer.current?.focus();
  }, [shown]);
  return (
    <div class="stage">
      <div class="stage-layer" {...(shown ? { inert: true, 'aria-hidden': 'true' } : {})}>
        {offer}
      </div>
      {shown && (
        <div ref={outcomeLayer} class="stage-layer message" tabIndex={-1}>
          {outcome}
        </div>
      )}
    </div>
  );
}
