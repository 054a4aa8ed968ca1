import { useEffect, useState } from 'preact/hooks';

/** Asks for focus on the element a selector finds, once the next render has put it in the page. */
export type FocusNext = (selector: string) => void;

/**
 * The selector is state, not a ref: asking renders the page again, so the
 * focus follows whichever render puts the element there, even when the ask
 * comes after that render was scheduled (as after an awaited save).
 */
export function useFocusAfterRender(): FocusNext {
  const [pending, setPending] = useState<string>();
  useEffect(() => {
    if (!pending) return;
    document.querySelector<HTMLElement>(pending)?.focus();
    setPending(undefined);
  }, [pending]);
  return setPending;
}
