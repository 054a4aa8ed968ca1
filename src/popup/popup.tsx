import { useEffect, useRef, useState } from 'preact/hooks';
import type { LogoutReport, SiteView } from '../core/messages';
import { describeReport, errorMessage, plural } from '../core/wording';
import { ShortcutSettingsLink, useShortcut } from '../ui/shortcut';
import type { PopupIntents } from './popup-intents';

type WebView = Extract<SiteView, { kind: 'web' }>;

type PopupState =
  | { phase: 'loading' }
  | { phase: 'none'; reason: string }
  | { phase: 'ready'; view: WebView; notice?: string }
  | { phase: 'running'; view: WebView }
  | { phase: 'done'; view: WebView; report: LogoutReport }
  | { phase: 'failed'; view?: WebView; error: string };

export function Popup({ intents }: { intents: PopupIntents }) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const fail = (view?: WebView) => (error: unknown) =>
    setState({ phase: 'failed', ...(view ? { view } : {}), error: errorMessage(error) });

  useEffect(() => {
    intents
      .loadView()
      .then(
        (view) => setState(view.kind === 'web' ? { phase: 'ready', view } : { phase: 'none', reason: view.reason }),
        fail(),
      );
  }, [intents]);

  const logOut = (view: WebView) => {
    setState({ phase: 'running', view });
    intents.logOut(view.tabId, view.site).then((report) => setState({ phase: 'done', view, report }), fail(view));
  };
  const useAsLoginPage = (view: WebView) => {
    intents
      .useAsLoginPage(view.tabId, view.site)
      .then(
        (next) =>
          next.kind === 'web' &&
          setState({ phase: 'ready', view: next, notice: `Saved: ${next.site} now lands on this page.` }),
        fail(view),
      );
  };

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
        {state.phase === 'running' && (
          <p role="status" class="progress">
            Clearing cookies and storage of {state.view.site}…
          </p>
        )}
        {state.phase === 'done' && <Report report={state.report} />}
        {state.phase === 'failed' && (
          <p role="alert" class="error">
            {state.error}
          </p>
        )}
      </div>
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

function ShortcutHint({ intents }: { intents: PopupIntents }) {
  const shortcut = useShortcut(intents.shortcut);
  if (shortcut === undefined) return null;
  return (
    <p class="shortcut">
      {shortcut ? (
        <>
          Shortcut: <kbd>{shortcut}</kbd>
        </>
      ) : (
        'No keyboard shortcut set.'
      )}{' '}
      <ShortcutSettingsLink open={intents.openShortcutSettings}>{shortcut ? 'Change' : 'Set one'}</ShortcutSettingsLink>
    </p>
  );
}

function SiteSummary({ view }: { view: WebView }) {
  const rule = view.rule;
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
        <dt>Rule</dt>
        <dd>{rule ? `for ${rule.site}` : 'none (defaults)'}</dd>
        {rule?.logoutUrl && (
          <>
            <dt>Server logout</dt>
            <dd class="target">{rule.logoutUrl}</dd>
          </>
        )}
        {rule?.relatedSites && rule.relatedSites.length > 0 && (
          <>
            <dt>Also clears</dt>
            <dd>{rule.relatedSites.join(', ')}</dd>
          </>
        )}
        <dt>Lands on</dt>
        <dd class="target">{view.redirectUrl}</dd>
      </dl>
    </section>
  );
}

function Report({ report }: { report: LogoutReport }) {
  return (
    <div role="status" class="done">
      <p>{describeReport(report)}</p>
      {report.notes.map((note) => (
        <p key={note} class="note">
          {note}
        </p>
      ))}
    </div>
  );
}

function LogoutButton({ state, onLogOut }: { state: PopupState; onLogOut: (view: WebView) => void }) {
  const view = state.phase === 'ready' ? state.view : undefined;
  const busy = state.phase === 'running';
  const button = useRef<HTMLButtonElement>(null);
  // The popup has one main action: focus it as soon as it can run, so Enter runs it.
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
