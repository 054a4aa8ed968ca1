import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref whose element takes focus when it appears, if `focus`: the control
 * the user's focus was on has gone, and this is what took its place.
 */
export function useFocusOnMount<T extends HTMLElement>(focus = true) {
  const element = useRef<T>(null);
  useEffect(() => {
    if (focus) element.current?.focus();
  }, [focus]);
  return element;
}
