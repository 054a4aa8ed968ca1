import { t } from '../core/i18n';
import type { StoredCount } from '../core/messages';
import { AllSitesEntry } from './all-sites-entry';
import { LoggingOut, LogoutButton } from './logout-button';
import { LogoutResult } from './logout-result';
import type { PopupIntents } from './popup-intents';
import { ShortcutHint } from './shortcut-hint';
import { SiteFacts, SiteHeading } from './site-summary';
import { Stage } from './stage';
import { UndoArea } from './undo-area';
import { type PopupState, usePopup, type WebView } from './use-popup';

export function Popup({ intents }: { intents: PopupIntents }) {
  const { state, stored, undo, logOut, useAsLoginPage, recount } = usePopup(intents);
  const view = 'view' in state ? state.view : undefined;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="title">SignOff</h1>
        <button type="button" class="link" onClick={() => intents.openSettings()}>
          {t('settings')}
        </button>
      </header>
      {view ? (
        <SiteStage
          state={state}
          view={view}
          stored={stored}
          onLogOut={logOut}
          onUseAsLoginPage={useAsLoginPage}
          undo={undo}
        />
      ) : (
        <NoSite state={state} />
      )}
      {state.phase !== 'done' && <UndoArea undo={undo} announceSite />}
      <div class="all-sites-place">
        <AllSitesEntry intents={intents} onChanged={recount} />
      </div>
      <footer class="popup-footer">
        <ShortcutHint intents={intents} />
      </footer>
    </main>
  );
}

/** A tab with a site: what a logout will do and its button, then the outcome in their place. */
function SiteStage(props: {
  state: PopupState;
  view: WebView;
  stored: StoredCount | undefined;
  onLogOut: (view: WebView) => void;
  onUseAsLoginPage: (view: WebView) => void;
  undo: Parameters<typeof UndoArea>[0]['undo'];
}) {
  const { state, view } = props;
  const ready = state.phase === 'ready';
  const outcome =
    state.phase === 'done' ? (
      <>
        <LogoutResult report={state.report} />
        <UndoArea undo={props.undo} announceSite={false} />
      </>
    ) : state.phase === 'failed' ? (
      <p role="alert" class="error">
        {state.error}
      </p>
    ) : undefined;
  const offer = (
    <>
      <SiteFacts view={view} stored={props.stored} />
      {state.phase === 'running' ? (
        <LoggingOut site={view.site} />
      ) : (
        <LogoutButton view={view} onLogOut={props.onLogOut} />
      )}
      <p class="secondary-action">
        <button
          type="button"
          class="link"
          disabled={!ready || view.managed}
          onClick={() => props.onUseAsLoginPage(view)}
        >
          {t('useAsLoginPage')}
        </button>
        {view.managed && (
          <>
            <br />
            {t('policyManaged')}
          </>
        )}
      </p>
      {ready && state.notice && (
        <p role="status" class="done">
          {state.notice}
        </p>
      )}
    </>
  );
  return (
    <>
      <SiteHeading view={view} />
      <Stage offer={offer} outcome={outcome} />
    </>
  );
}

/** A tab without a site: the one reason why, over a disabled Log out. */
function NoSite({ state }: { state: PopupState }) {
  return (
    <>
      {state.phase === 'loading' && (
        <p role="status" class="reason">
          {t('lookingAtSite')}
        </p>
      )}
      {state.phase === 'none' && (
        <p role="status" class="reason">
          {state.reason}
        </p>
      )}
      {state.phase === 'failed' && (
        <p role="alert" class="error">
          {state.error}
        </p>
      )}
      <LogoutButton onLogOut={() => {}} />
    </>
  );
}
