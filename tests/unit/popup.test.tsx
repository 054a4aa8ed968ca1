// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogoutReport } from '../../src/core/logout/report';
import type { UndoOffer, UndoReport } from '../../src/core/logout/snapshot';
import type { SiteView } from '../../src/core/messages';
import { Popup } from '../../src/popup/popup';
import type { PopupIntents } from '../../src/popup/popup-intents';
import { UndoArea } from '../../src/popup/undo-area';
import { fakeAllSites } from './fake-all-sites';

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
  found: { cookies: 6, addresses: 2, frames: 0 },
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

/** A promise the test settles by hand, to hold the popup in a state. */
function deferred<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

const nobodySignedIn = fakeAllSites({ signedIn: {}, keep: [] }).intents;

/** A background that answers as told, and records what the popup asked of it. */
function fakeIntents(answers: Partial<PopupIntents> = {}) {
  const asked: string[] = [];
  const intents: PopupIntents = {
    loadView: async () => view,
    countStored: async () => ({ cookieCount: 6, addresses: ['accounts.shop.test', 'app.shop.test'] }),
    logOut: async () => report({ undo: offer(10) }),
    finishLogout: async () => null,
    undo: async () => undone,
    useAsLoginPage: async () => view,
    openSettings: async () => {},
    shortcut: async () => 'Alt+Shift+L',
    openShortcutSettings: async () => {},
    surveyAllSites: nobodySignedIn.surveyAllSites,
    logOutOfAllSites: nobodySignedIn.logOutOfAllSites,
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

const logOutButton = () => screen.findByRole('button', { name: 'Log out of shop.test' });

describe('the popup, state by state', () => {
  it('while loading, says it is looking, with Log out disabled', async () => {
    const { intents } = fakeIntents({ loadView: () => new Promise<SiteView>(() => {}) });
    render(<Popup intents={intents} />);

    expect(screen.getByRole('status').textContent).toBe('Looking at this site…');
    expect(screen.getByRole('button', { name: 'Log out' }).hasAttribute('disabled')).toBe(true);
  });

  it('idle: names the site and says in plain words what a logout clears and where it lands, with focus on Log out', async () => {
    const { intents } = fakeIntents();
    render(<Popup intents={intents} />);

    const button = await logOutButton();
    await waitFor(() => expect(document.activeElement).toBe(button));
    const main = screen.getByRole('main').textContent ?? '';
    expect(main).toContain('app.shop.test part of shop.test');
    await screen.findByText('6 cookies and saved data on 2 addresses');
    const facts = screen.getAllByRole('definition');
    expect(facts.map((fact) => fact.textContent)).toEqual([
      '6 cookies and saved data on 2 addresses',
      'https://app.shop.test/',
      'None, so the defaults apply',
    ]);
    // The addresses themselves are one hover away, for whoever wants the detail.
    expect(facts[0]?.getAttribute('title')).toBe('accounts.shop.test\napp.shop.test');
    expect(main).not.toContain('origin');
  });

  it('idle, before the count: Log out is ready at once, and the facts say what is cleared without numbers', async () => {
    const counting = deferred<{ cookieCount: number; addresses: string[] }>();
    const { intents, asked } = fakeIntents({ countStored: () => counting.promise });
    render(<Popup intents={intents} />);

    expect((await logOutButton()).hasAttribute('disabled')).toBe(false);
    expect(screen.getAllByRole('definition')[0]?.textContent).toBe("the site's cookies and saved data");
    expect(asked).toContain('countStored(4, shop.test)');
    counting.resolve({ cookieCount: 1, addresses: ['app.shop.test'] });
    await screen.findByText('1 cookie and saved data on 1 address');
  });

  it('drops a count that comes after Log out was pressed: it would be taken halfway through the clearing', async () => {
    const counting = deferred<{ cookieCount: number; addresses: string[] }>();
    const logout = deferred<LogoutReport>();
    const { intents } = fakeIntents({ countStored: () => counting.promise, logOut: () => logout.promise });
    render(<Popup intents={intents} />);

    fireEvent.click(await logOutButton());
    counting.resolve({ cookieCount: 0, addresses: [] });
    await counting.promise;
    logout.resolve(report());
    await reportShown();
    expect(screen.queryByText(/^0 cookies/)).toBeNull();
  });

  it('idle, with a rule: names the rule, the server logout and the related sites', async () => {
    const rule = { site: 'shop.test', logoutUrl: 'https://shop.test/logout', relatedSites: ['sso.test'] };
    const { intents } = fakeIntents({ loadView: async () => ({ ...view, rule }) });
    render(<Popup intents={intents} />);
    await logOutButton();
    await screen.findByText('6 cookies and saved data on 2 addresses');

    const rows = screen
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Clears: 6 cookies and saved data on 2 addresses',
      'Also clears: sso.test',
      'Signs out at: https://shop.test/logout',
      'Then opens: https://app.shop.test/',
      'Rule: Your rule for shop.test',
    ]);
  });

  it('idle, with automatic logouts: says when the site is logged out by itself, in one row', async () => {
    const rule = { site: 'shop.test', autoLogout: ['onLastTabClosed' as const, { idleMinutes: 30 }] };
    const autoLogout = { onLastTabClosed: true, onStartup: false, idleMinutes: 30 };
    const { intents } = fakeIntents({ loadView: async () => ({ ...view, rule, autoLogout }) });
    render(<Popup intents={intents} />);
    await logOutButton();

    const automatically = screen.getByText('Automatically');
    expect(automatically.tagName).toBe('DT');
    expect(automatically.nextElementSibling?.textContent).toBe(
      'when its last tab closes and after 30 minutes without use',
    );
  });

  it('idle, without automatic logouts: says nothing of them', async () => {
    const autoLogout = { onLastTabClosed: false, onStartup: false };
    const { intents } = fakeIntents({ loadView: async () => ({ ...view, autoLogout }) });
    render(<Popup intents={intents} />);
    await logOutButton();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Clears', 'Then opens', 'Rule']);
  });

  it('running: the button gives way to a focused status line', async () => {
    const answer = deferred<LogoutReport>();
    const { intents } = fakeIntents({ logOut: () => answer.promise });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const running = await screen.findByText(/^Logging out of shop.test…$/);
    expect(running.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(running);
    expect(screen.queryByRole('button', { name: /^Log out(?! of all sites)/ })).toBeNull();
    answer.resolve(report());
    await reportShown();
  });

  it('result: says once that it logged out, what it cleared and where the tab is, with focus on the result', async () => {
    const { intents, asked } = fakeIntents();
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const done = await reportShown();
    expect(done.textContent).toBe(
      '✓Logged out of shop.testCleared 6 cookies and saved data on 2 addresses. Now at https://app.shop.test/.',
    );
    expect(screen.getByRole('main').textContent?.match(/Logged out/g)).toHaveLength(1);
    expect(asked).toContain('logOut(4, shop.test)');
    await waitFor(() => expect(document.activeElement?.contains(done)).toBe(true));
    // No disabled button stands in for the result, and the controls it covers are out of reach.
    expect(screen.queryByRole('button', { name: /^Log(ged)? out(?! of all sites)/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use this page as login page' })).toBeNull();
    expect(screen.getByRole('button', { name: /Undo/ }).textContent).toBe('Undo (10 s)');
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
  });

  it('result with something left: marks it as a problem and names what survived', async () => {
    const left = [{ kind: 'cookie' as const, name: 'sid', domain: '.shop.test' }];
    const { intents } = fakeIntents({ logOut: async () => report({ left }) });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const done = await reportShown();
    expect(done.textContent).toContain('Still there after clearing twice: cookie "sid" of shop.test.');
    expect(done.querySelector('.outcome')?.className).toContain('error');
  });

  it('nothing to log out of: the reason, once, over a disabled Log out', async () => {
    const reason = 'Nothing to log out of: this is one of the browser’s own pages, not a website.';
    const { intents } = fakeIntents({ loadView: async () => ({ kind: 'none', tabId: 1, reason }) });
    render(<Popup intents={intents} />);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(reason));
    expect(screen.getByRole('button', { name: 'Log out' }).hasAttribute('disabled')).toBe(true);
  });

  it('error while loading: an alert with the reason', async () => {
    const { intents } = fakeIntents({
      loadView: async () => Promise.reject(new Error('SignOff found no active tab in this window.')),
    });
    render(<Popup intents={intents} />);

    expect((await screen.findByRole('alert')).textContent).toBe('SignOff found no active tab in this window.');
  });

  it('error from the logout: an alert in the result’s place, focused', async () => {
    const { intents } = fakeIntents({
      logOut: async () =>
        Promise.reject(new Error('The tab has moved from shop.test to other.test; nothing was cleared.')),
    });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The tab has moved from shop.test to other.test; nothing was cleared.');
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it('error at the login page: says so, and that the logout stands', async () => {
    const failed = report({ landing: { outcome: 'httpError', url: 'https://app.shop.test/', status: 500 } });
    const { intents } = fakeIntents({ logOut: async () => failed });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const done = await reportShown();
    expect(done.textContent).toContain('answered with an error (HTTP 500). You are logged out all the same.');
    expect(done.querySelector('.outcome')?.className).toContain('error');
  });

  it('error from Undo: an alert with the reason', async () => {
    const { intents } = fakeIntents({ undo: async () => Promise.reject(new Error('Too late to undo.')) });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());
    fireEvent.click(await screen.findByRole('button', { name: /Undo/ }));

    expect((await screen.findByRole('alert')).textContent).toBe('Too late to undo.');
  });

  it('saves this page as the login page and says so', async () => {
    const saved = {
      ...view,
      redirectUrl: 'https://app.shop.test/inbox',
      rule: { site: 'shop.test', loginUrl: 'https://app.shop.test/inbox' },
    };
    const { intents, asked } = fakeIntents({ useAsLoginPage: async () => saved });
    render(<Popup intents={intents} />);
    await logOutButton();
    fireEvent.click(screen.getByRole('button', { name: 'Use this page as login page' }));

    expect((await screen.findByRole('status')).textContent).toBe('Saved: shop.test now lands on this page.');
    expect(asked).toContain('useAsLoginPage(4, shop.test)');
  });

  it('on a site the organisation’s rule covers: Use this page as login page is disabled, and says why', async () => {
    const rule = { site: 'shop.test', loginUrl: 'https://sso.shop.test/login' };
    const managed: SiteView = { ...view, redirectUrl: rule.loginUrl, rule, managed: true };
    const { intents, asked } = fakeIntents({ loadView: async () => managed });
    render(<Popup intents={intents} />);
    await logOutButton();

    const button = screen.getByRole('button', { name: 'Use this page as login page' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.parentElement?.textContent).toBe('Use this page as login pageSet by your organization');
    fireEvent.click(button);
    expect(asked.filter((call) => call.startsWith('useAsLoginPage'))).toEqual([]);
  });

  it('on a site with the user’s own rule: Use this page as login page is enabled, and says nothing of an organisation', async () => {
    const { intents } = fakeIntents({ loadView: async () => ({ ...view, rule: { site: 'shop.test' } }) });
    render(<Popup intents={intents} />);
    await logOutButton();

    expect(screen.getByRole('button', { name: 'Use this page as login page' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('main').textContent).not.toContain('organization');
  });
});

describe('Undo in the popup', () => {
  it('puts the session back with Undo and says so, in a status while it runs and once it is done', async () => {
    const answer = deferred<UndoReport>();
    const { intents, asked } = fakeIntents({ undo: () => answer.promise });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());
    fireEvent.click(await screen.findByRole('button', { name: /Undo/ }));

    expect((await screen.findByText('Putting the session back…')).getAttribute('role')).toBe('status');
    answer.resolve(undone);
    const status = await screen.findByText(/^Undone\./);
    expect(status.getAttribute('role')).toBe('status');
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

  it('counts down from a new deadline at once, never from a second it has not reached', async () => {
    const undoWith = (next: UndoOffer) => ({
      offer: next,
      undo: undefined,
      startUndo: () => {},
      offerUndo: () => {},
      expire: () => {},
    });
    const { rerender } = render(<UndoArea undo={undoWith(offer(3))} announceSite={false} />);
    await new Promise((done) => setTimeout(done, 300));
    rerender(<UndoArea undo={undoWith({ ...offer(10), id: 'u2' })} announceSite={false} />);

    expect(screen.getByRole('button', { name: /Undo/ }).textContent).toBe('Undo (10 s)');
  });

  it('says plainly that a server logout cannot be undone', async () => {
    const { intents } = fakeIntents({ logOut: async () => report({ undo: offer(10, { serverSessionEnded: true }) }) });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    await screen.findByRole('button', { name: /Undo/ });
    expect(screen.getByText(/but not the session the site’s server ended/)).toBeTruthy();
  });

  it('when the answer is lost to a stopped service worker, finishes the logout and reports it', async () => {
    const { intents, asked } = fakeIntents({
      logOut: async () => Promise.reject(new Error('The message port closed before a response was received.')),
      finishLogout: async () => report({ notes: ['The browser stopped SignOff halfway through this logout.'] }),
    });
    render(<Popup intents={intents} />);
    fireEvent.click(await logOutButton());

    const done = await reportShown();
    expect(done.textContent).toContain('The browser stopped SignOff halfway through this logout.');
    expect(asked).toContain('finishLogout(4)');
  });
});
