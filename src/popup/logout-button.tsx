import { useEffect, useRef } from 'preact/hooks';
import type { PopupState, WebView } from './use-popup';

/** The popup's one main action, focused as soon as it can run so that Enter runs it. */
export function LogoutButton({ state, onLogOut }: { state: PopupState; onLogOut: (view: WebView) => void }) {
  const view = state.phase === 'ready' ? state.view : undefined;
  const busy = state.phase === 'running';
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state.phase === 'ready') button.current?.focus();
  }, [state.phase]);
  const label =
    state.phase === 'done' ? 'Logged out' : busy ? 'Logging out…' : view ? `Log out of ${view.site}` : 'Log out';
  return (
    <button
      ref={button}
      type="button"
      class="primary"
      disabled={!view}
      aria-busy={busy}
      onClick={() => view && onLogOut(view)}
    >
      {label}
    </button>
  );
}
