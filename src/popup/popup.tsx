import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogoutReport, SiteView } from '../core/messages';
import { describeReport, plural } from '../core/wording';
import type { PopupIntents } from './popup-intents';

type WebView = Extract<SiteView, { kind: 'web' }>;

type PopupState =
  | { phase: 'loading' }
  | { phase: 'none'; reason: string }
  | { phase: 'ready'; view: WebView }
  | { phase: 'running'; view: WebView }
  | { phase: 'done'; view: WebView; report: LogoutReport }
  | { phase: 'failed'; view?: WebView; error: string };

export function Popup({ intents }: { intents: PopupIntents }) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });

  useEffect(() => {
    intents.loadView().then(
      (view) => setState(view.kind === 'web' ? { phase: 'ready', view } : { phase: 'none', reason: view.reason }),
      (error: unknown) => setState({ phase: 'failed', error: messageOf(error) }),
    );
  }, [intents]);

  const logOut = (view: WebView) => {
    setState({ phase: 'running', view });
    intents.logOut(view.tabId).then(
      (report) => setState({ phase: 'done', view, report }),
      (error: unknown) => setState({ phase: 'failed', view, error: messageOf(error) }),
    );
  };

  const view = 'view' in state ? state.view : undefined;
  return (
    <main class="popup">
      <h1 class="title">SignOff</h1>
      {state.phase === 'loading' && <p role="status">Looking at this site…</p>}
      {state.phase === 'none' && <p class="reason">{state.reason}</p>}
      {view && <SiteSummary view={view} />}
      <LogoutButton state={state} onLogOut={logOut} />
      {state.phase === 'running' && (
        <p role="status" class="progress">
          Clearing cookies and storage of {state.view.site}…
        </p>
      )}
      {state.phase === 'done' && (
        <p role="status" class="done">
          {describeReport(state.report)}
        </p>
      )}
      {state.phase === 'failed' && (
        <p role="alert" class="error">
          {state.error}
        </p>
      )}
    </main>
  );
}

function SiteSummary({ view }: { view: WebView }) {
  return (
    <section aria-label="This site">
      <p class="site">
        <strong>{view.host}</strong> — site {view.site}
      </p>
      <dl class="facts">
        <dt>Stored</dt>
        <dd>
          {plural(view.cookieCount, 'cookie')}; storage of {plural(view.storageOriginCount, 'origin')}
        </dd>
        <dt>Lands on</dt>
        <dd class="target">{view.redirectUrl}</dd>
      </dl>
    </section>
  );
}

function LogoutButton({ state, onLogOut }: { state: PopupState; onLogOut: (view: WebView) => void }) {
  const view = state.phase === 'ready' || state.phase === 'done' ? state.view : undefined;
  const busy = state.phase === 'running';
  const button = useRef<HTMLButtonElement>(null);
  // The popup has one action: focus it as soon as it can run, so Enter runs it.
  useEffect(() => {
    if (state.phase === 'ready') button.current?.focus();
  }, [state.phase]);
  const label = busy ? 'Logging out…' : view ? `Log out of ${view.site}` : 'Log out';
  return (
    <button
      type="button"
      class="primary"
      disabled={!view || state.phase === 'done'}
      aria-busy={busy}
      ref={button}
      onClick={() => view && onLogOut(view)}
    >
      {label}
    </button>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
