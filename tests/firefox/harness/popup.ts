import type { Page } from 'puppeteer-core';
import { inExtension, type Session, waitFor } from './browser';

/**
 * SignOff's real toolbar popup, opened over a tab. Firefox draws it in a
 * panel that BiDi does not list as a browsing context (measured on ESR 153),
 * so it is read and clicked from the control page, which runs in the same
 * extension process: `extension.getViews({ type: 'popup' })` returns the
 * popup's window.
 */
export interface Popup {
  /** What the popup's main area says now. */
  text(): Promise<string>;
  /** The status lines it shows now (the running logout, its result). */
  statuses(): Promise<string[]>;
  /** Clicks the button whose text is `name` once it is enabled. */
  click(name: string): Promise<void>;
}

/** Opens the real popup over `tab`, as a click on the toolbar button does, once it has rendered. */
export async function openPopupOver(session: Session, tab: Page): Promise<Popup> {
  await inExtension(session, (api) => {
    for (const open of api.extension.getViews({ type: 'popup' })) open.close();
  });
  await tab.bringToFront();
  await inExtension(session, (api) => api.action.openPopup());
  const popup: Popup = {
    text: () =>
      inExtension(
        session,
        (api) => api.extension.getViews({ type: 'popup' })[0]?.document.querySelector('main')?.innerText ?? '',
      ),
    statuses: () =>
      inExtension(session, (api) => {
        const document = api.extension.getViews({ type: 'popup' })[0]?.document;
        return [...(document?.querySelectorAll<HTMLElement>('[role=status]') ?? [])].map((status) => status.innerText);
      }),
    async click(name) {
      const clickIfEnabled = () =>
        inExtension(
          session,
          (api, text) => {
            const document = api.extension.getViews({ type: 'popup' })[0]?.document;
            const button = [...(document?.querySelectorAll('button') ?? [])].find(
              (candidate) => candidate.textContent?.trim() === text && !candidate.disabled,
            );
            button?.click();
            return button !== undefined;
          },
          name,
        );
      await waitFor(clickIfEnabled, `an enabled button "${name}" in the popup`);
    },
  };
  // Open, and done reading the tab: its loading status ("Looking at this site…") has given way to the site's view.
  const loaded = async () =>
    (await popup.text()).includes('Log out') && !(await popup.statuses()).some((text) => text.startsWith('Looking at'));
  await waitFor(loaded, 'the SignOff popup to open and show the tab');
  return popup;
}

/** Logs the tab out through the real popup's button and waits for the popup to say it is done. */
export async function logOutThroughPopup(session: Session, tab: Page, site: string): Promise<Popup> {
  const popup = await openPopupOver(session, tab);
  await popup.click(`Log out of ${site}`);
  await waitFor(
    async () => (await popup.statuses()).some((text) => text.includes('Logged out of')),
    'the popup to report the logout',
    30_000,
  );
  return popup;
}
