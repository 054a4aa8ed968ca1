import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../core/errors';
import { t } from '../core/i18n';
import type { LogoutReport } from '../core/logout/report';
import type { SiteView, StoredCount } from '../core/messages';
import type { PopupIntents } from './popup-intents';
import { useUndo } from './use-undo';

export type WebView = Extract<SiteView, { kind: 'web' }>;

export type PopupState =
  | { phase: 'loading' }
  | { phase: 'none'; reason: string }
  | { phase: 'ready'; view: WebView; notice?: string }
  | { phase: 'running'; view: WebView }
  | { phase: 'done'; view: WebView; report: LogoutReport }
  | { phase: 'failed'; view?: WebView; error: string };

/** The popup's state and the intents that change it: all the popup does besides rendering. */
export function usePopup(intents: PopupIntents) {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });
  const { stored, count, stopCounting } = useStoredCount(intents);
  const fail = (view?: WebView) => (error: unknown) =>
    setState({ phase: 'failed', ...(view ? { view } : {}), error: errorMessage(error) });
  // After an Undo the tab is back on the site: show it afresh.
  const reload = useRef(() => {});
  const undo = useUndo(intents, () => reload.current());
  const { offerUndo } = undo;
  const load = useCallback(
    () =>
      intents.loadView().then((view) => {
        offerUndo(view.undo);
        setState(view.kind === 'none' ? { phase: 'none', reason: view.reason } : { phase: 'ready', view });
        count(view);
      }, fail()),
    [intents],
  );
  reload.current = () => void load();
  useEffect(() => void load(), [load]);

  const logOut = (view: WebView) => {
    // A count that comes now would be taken halfway through the clearing.
    stopCounting();
    setState({ phase: 'running', view });
    intents
      .logOut(view.tabId, view.site)
      // An answer lost to a stopped service worker: ask for the logout again, which finishes it.
      .catch((error: unknown) => intents.finishLogout(view.tabId).then((report) => report ?? Promise.reject(error)))
      .then((report) => {
        setState({ phase: 'done', view, report });
        undo.offerUndo(report.undo);
      }, fail(view));
  };
  const useAsLoginPage = (view: WebView) =>
    intents.useAsLoginPage(view.tabId, view.site).then((next) => {
      if (next.kind !== 'web') return;
      setState({ phase: 'ready', view: next, notice: t('savedLoginPage', next.site) });
      count(next);
    }, fail(view));

  // Log out of all sites cleared this site too, or its Undo brought the site back: what it stores changed.
  const recount = () => state.phase === 'ready' && count(state.view);
  return { state, stored, undo, logOut, useAsLoginPage, recount };
}

/**
 * What a logout would clear, counted after the view has come, so that Log out is ready at once. A count for a
 * view no longer shown is dropped; one that fails leaves the words without numbers.
 */
function useStoredCount(intents: PopupIntents) {
  const [stored, setStored] = useState<StoredCount>();
  const shown = useRef<SiteView | undefined>(undefined);
  const count = (view: SiteView) => {
    shown.current = view;
    setStored(undefined);
    if (view.kind !== 'web') return;
    intents.countStored(view.tabId, view.site).then(
      (counted) => shown.current === view && setStored(counted),
      () => {},
    );
  };
  return {
    stored,
    count,
    stopCounting: () => {
      shown.current = undefined;
    },
  };
}
