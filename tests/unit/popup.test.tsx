// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogoutReport } from '../../src/core/logout/report';
import type { UndoOffer, UndoReport } from '../../src/core/logout/snapshot';
import type { SiteView } from '../../src/core/messages';
import { Popup } from '../../src/popup/popup';
import type { PopupIntents } from '../../src/popup/popup-intents';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const view: SiteView = {
  kind: 'web',
  tabId: 4,
  host: 'app.shop.test',
  site: 'shop.test',
  pageUrl: 'https://app.shop.test/inbox',
  cookieCount: 6,
  storageOriginCount: 2,
  redirectUrl: 'https://app.shop.test/',
};
const offer = (seconds: number, extra: Partial<UndoOffer> = {}): UndoOffer => ({
  id: 'u1',
  site: 'shop.test',
  expiresAt: Date.now() + seconds * 1000,
  serverSessionEnded: false,
  ...extra,
});
const report = (extra: Partial<LogoutReport> = {}): LogoutReport => ({
  site: 'shop.test',
  relatedSites: [],
  found: { cookies: 6, storageOrigins: 2, frames: 0 },
  left: [],
  otherTabs: { action: 'reload', count: 0 },
  landing: { outcome: 'reached', url: 'https://app.shop.test/' },
  notes: [],
  ...extra,
});
const undone: UndoReport = {
  site: 'shop.test',
  cookiesRestored: 6,
  cookiesRefused: [],
  storage: 'restored',
  pageUrl: 'https://app.shop.test/inbox',
  reopened: false,
};

/** The report, once the logout's progress line has given way to it. */
const reportShown = () =>
  waitFor(() => {
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Logged out of');
    return status;
  });

/** A background that answers as told, and records what the popup asked of it. */
function fakeIntents(answers: Partial<PopupIntents> = {}) {
  const asked: string[] = [];
  const intents: PopupIntents = {
    loadView: async () => view,
    logOut: async () => report({ undo: offer(10) }),
    finishLogout: async () => null,
    undo: async () => undone,
    useAsLoginPage: async () => view,
    openSettings: async () => {},
    shortcut: async () => 'Alt+Shift+L',
    openShortcutSettings: async () => {},
    ...answers,
  };
  const recorded = Object.fromEntries(
    Object.entries(intents).map(([name, intent]) => [
      name,
      (...args: unknown[]) => {
        asked.push(`${name}(${args.join(', ')})`);
        return (intent as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as PopupIntents;
  return { intents: recorded, asked };
}

describe('the popup', () => {
  it('shows the site, logs out, reports what it found and offers Undo', async () => {
    const { intents, asked } = fakeIntents();
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));

    const done = await reportShown();
    expect(done.textContent).toContain('Logged out of shop.test.');
    expect(done.textContent).toContain('Found 6 cookies and the storage of 2 origins, and cleared them all.');
    expect(done.textContent).toContain('The tab is now at https://app.shop.test/.');
    expect(asked).toContain('logOut(4, shop.test)');
    expect(screen.getByRole('button', { name: /Undo/ }).textContent).toBe('Undo (10 s)');
  });

  it('puts the session back with Undo and says so', async () => {
    const { intents, asked } = fakeIntents();
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));
    fireEvent.click(await screen.findByRole('button', { name: /Undo/ }));

    const status = await screen.findByText(/^Undone\./);
    expect(status.textContent).toBe('Undone. Put back 6 cookies and the page’s local and session storage.');
    expect(asked).toContain('undo(u1)');
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });

  it('offers Undo in a popup opened after a shortcut logout, and takes it away when the time is up', async () => {
    const { intents } = fakeIntents({ loadView: async () => ({ ...view, undo: offer(2) }) });
    render(<Popup intents={intents} />);

    const undo = await screen.findByRole('button', { name: /Undo/ });
    expect(undo.textContent).toBe('Undo (2 s)');
    expect(screen.getByText(/Logged out of shop.test\./)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull(), { timeout: 3_000 });
  });

  it('says plainly that a server logout cannot be undone', async () => {
    const { intents } = fakeIntents({ logOut: async () => report({ undo: offer(10, { serverSessionEnded: true }) }) });
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));

    await screen.findByRole('button', { name: /Undo/ });
    expect(screen.getByText(/server has ended its session, and Undo cannot restore that/)).toBeTruthy();
  });

  it('when the answer is lost to a stopped service worker, finishes the logout and reports it', async () => {
    const { intents, asked } = fakeIntents({
      logOut: async () => Promise.reject(new Error('The message port closed before a response was received.')),
      finishLogout: async () => report({ notes: ['The browser stopped SignOff halfway through this logout.'] }),
    });
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));

    const done = await reportShown();
    expect(done.textContent).toContain('The browser stopped SignOff halfway through this logout.');
    expect(asked).toContain('finishLogout(4)');
  });

  it('shows a refusal as an alert, with nothing left to finish', async () => {
    const { intents } = fakeIntents({
      logOut: async () =>
        Promise.reject(new Error('The tab has moved from shop.test to other.test; nothing was cleared.')),
    });
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The tab has moved from shop.test to other.test; nothing was cleared.',
    );
  });

  it('tells the user when the login page failed, and that the logout stands', async () => {
    const failed = report({ landing: { outcome: 'httpError', url: 'https://app.shop.test/', status: 500 } });
    const { intents } = fakeIntents({ logOut: async () => failed });
    render(<Popup intents={intents} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Log out of shop.test' }));

    expect((await reportShown()).textContent).toContain(
      'answered with an error (HTTP 500). You are logged out all the same.',
    );
  });

  it('explains why there is nothing to log out of, with the button disabled', async () => {
    const { intents } = fakeIntents({
      loadView: async () => ({ kind: 'none', tabId: 1, reason: 'Nothing to log out of on chrome:// pages.' }),
    });
    render(<Popup intents={intents} />);

    expect(await screen.findByText('Nothing to log out of on chrome:// pages.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' }).hasAttribute('disabled')).toBe(true);
  });
});
