import { useEffect, useRef } from 'preact/hooks';
import { t } from '../core/i18n';
import type { WebView } from './use-popup';

/**
 * The popup's one main action, focused as soon as it can run so that Enter
 * runs it. Without a site it stays in place, disabled, under the reason.
 */
export function LogoutButton({ view, onLogOut }: { view?: WebView; onLogOut: (view: WebView) => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (view) button.current?.focus();
  }, [view]);
  return (
    <button ref={button} type="button" class="primary" disabled={!view} onClick={() => view && onLogOut(view)}>
      {view ? t('logOutOfSite', view.site) : t('logOut')}
    </button>
  );
}

/** Where the button was while the logout runs: a status, focused, since the button under focus went. */
export function LoggingOut({ site }: { site: string }) {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => status.current?.focus(), []);
  return (
    <p ref={status} role="status" class="running" tabIndex={-1}>
      <span class="spinner" aria-hidden="true" />
      {t('loggingOutOf', site)}
    </p>
  );
}
