import { useEffect, useRef } from 'preact/hooks';
import { LogoutButton } from './logout-button';
import { LogoutResult } from './logout-result';
import type { PopupIntents } from './popup-intents';
import { ShortcutHint } from './shortcut-hint';
import { SiteSummary } from './site-summary';
import { UndoArea } from './undo-area';
import { usePopup } from './use-popup';

export function Popup({ intents }: { intents: PopupIntents }) {
  const { state, undo, logOut, useAsLoginPage } = usePopup(intents);
  // The button is disabled while the logout runs, so focus moves to what the popup says instead of being lost.
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.phase === 'running' || state.phase === 'done' || state.phase === 'failed') message.current?.focus();
  }, [state.phase]);

  const view = 'view' in state ? state.view : undefined;
  return (
    <main class="popup">
      <h1 class="title">SignOff</h1>
      {state.phase === 'loading' && <p role="status">Looking at this site…</p>}
      {state.phase === 'none' && <p class="reason">{state.reason}</p>}
      {view && state.phase !== 'done' && <SiteSummary view={view} />}
      <LogoutButton state={state} onLogOut={logOut} />
      <div ref={message} tabIndex={-1} class="message">
        <LogoutResult state={state} />
      </div>
      <UndoArea undo={undo} announceSite={state.phase !== 'done'} />
      <footer class="popup-footer">
        {state.phase === 'ready' && (
          <button type="button" class="link" onClick={() => useAsLoginPage(state.view)}>
            Use this page as login page
          </button>
        )}
        <button type="button" class="link" onClick={() => intents.openSettings()}>
          Settings
        </button>
      </footer>
      <ShortcutHint intents={intents} />
      {state.phase === 'ready' && state.notice && (
        <p role="status" class="done">
          {state.notice}
        </p>
      )}
    </main>
  );
}
