// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SitesReport } from '../../src/core/logout/all-sites';
import type { SiteView } from '../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { OptionsPage } from '../../src/options/options-page';
import { Popup } from '../../src/popup/popup';
import type { PopupIntents } from '../../src/popup/popup-intents';
import type { AllSitesIntents } from '../../src/ui/all-sites';
import { FOUR_AND_MAIL, fakeAllSites } from './fake-all-sites';
import { fakeBackground, tabOrder } from './fake-options-intents';

afterEach(cleanup);

const view: SiteView = {
  kind: 'web',
  tabId: 4,
  host: 'app.shop.test',
  site: 'shop.test',
  pageUrl: 'https://app.shop.test/inbox',
  redirectUrl: 'https://app.shop.test/',
};

function popupIntents(allSites: AllSitesIntents, answers: Partial<PopupIntents> = {}): PopupIntents {
  return {
    loadView: async () => view,
    countStored: async () => ({ cookieCount: 6, addresses: ['app.shop.test'] }),
    logOut: () => new Promise(() => {}),
    finishLogout: async () => null,
    useAsLoginPage: async () => view,
    openSettings: async () => {},
    shortcut: async () => 'Alt+Shift+L',
    openShortcutSettings: async () => {},
    ...allSites,
    ...answers,
  };
}

/** Each page with the flow: opened on a browser in memory, and where on the page the flow is. */
const pages = [
  {
    page: 'the popup',
    async open(allSites: AllSitesIntents) {
      render(<Popup intents={popupIntents(allSites)} />);
      await screen.findByRole('button', { name: 'Log out of shop.test' });
      return screen.getByRole('main');
    },
  },
  {
    page: 'the options page',
    async open(allSites: AllSitesIntents) {
      render(<OptionsPage intents={fakeBackground(DEFAULT_SETTINGS, allSites).intents} />);
      return screen.findByRole('region', { name: 'Log out of all sites' });
    },
  },
];

const focused = () => document.activeElement;
const startIn = (place: HTMLElement) => within(place).getByRole('button', { name: 'Log out of all sites' });
// The popup loads the flow when the button is pressed: the first time takes a moment longer.
const confirmIn = (place: HTMLElement, name: string) =>
  within(place).findByRole('button', { name }, { timeout: 5_000 });
/** The control Tab reaches next from `element`, which may itself be out of the Tab order (a focused report). */
const tabStopAfter = (element: Element | null) =>
  tabOrder().find((candidate) => {
    const position = element?.compareDocumentPosition(candidate) ?? 0;
    return (
      (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0
    );
  });

/** The report of a logout of all sites, once it has come. */
const reportIn = (place: HTMLElement) =>
  waitFor(() => {
    const status = within(place)
      .getAllByRole('status')
      .find((candidate) => candidate.textContent?.includes('Logged out of'));
    if (!status) throw new Error('No report yet');
    return status;
  });
/** Whether focus is on `element`, or on a box around it within `place` that takes focus for it. */
const focusIsOn = (element: HTMLElement, place: HTMLElement) => {
  const at = focused();
  return at !== null && at !== place && place.contains(at) && at.contains(element);
};
/** What an element says, line by line. */
const linesOf = (element: HTMLElement) => [...element.querySelectorAll('p')].map((line) => line.textContent);

/** A promise the test settles by hand, to hold the flow in a step. */
function deferred<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe.each(pages)('Log out of all sites, on $page', ({ open }) => {
  it('asks first, naming the sites and the count, then logs out of them and reports, with Undo', async () => {
    const browser = fakeAllSites(FOUR_AND_MAIL);
    const place = await open(browser.intents);
    fireEvent.click(startIn(place));

    const confirm = await confirmIn(place, 'Confirm: log out of 4 sites');
    await waitFor(() => expect(focused()).toBe(confirm));
    expect(place.textContent).toContain('You will be logged out of 4 sites: a.test, b.test, c.test, and d.test.');
    expect(place.textContent).toContain('You stay signed in to mail.test, as your keep list says.');
    expect(tabStopAfter(confirm)).toBe(within(place).getByRole('button', { name: 'Cancel' }));
    expect(browser.signedIn()).toHaveLength(5);

    fireEvent.click(confirm);
    const status = await reportIn(place);
    expect(linesOf(status)).toEqual([
      '✓Logged out of 4 sites: a.test, b.test, c.test, and d.test',
      'Cleared 11 cookies and saved data. Sent 4 open tabs to their login pages.',
      'Kept signed in: mail.test.',
    ]);
    await waitFor(() => expect(focusIsOn(status, place)).toBe(true));
    expect(browser.signedIn()).toEqual(['mail.test']);

    const undo = within(place).getByRole('button', { name: 'Undo' });
    expect(tabStopAfter(focused())).toBe(undo);
    expect(undo.parentElement?.textContent).toContain(
      '(10 s)Undo puts back these sites’ cookies and their open pages’ saved data.',
    );
    fireEvent.click(undo);
    const undone = await within(place).findByText(/^Undone/);
    expect(undone.textContent).toBe('Undone for a.test, b.test, c.test, and d.test. Put back 11 cookies.');
    expect(undone.getAttribute('role')).toBe('status');
    await waitFor(() => expect(focused()).toBe(undone));
    expect(browser.signedIn()).toHaveLength(5);
    expect(within(place).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(browser.sent).toEqual(['surveyAllSites', 'logOutOfAllSites', 'undo(all-1)']);
  });

  it('says it is looking, then that it is logging out, in statuses; the second has focus as Confirm went', async () => {
    const survey = deferred<{ sites: string[]; kept: string[] }>();
    const logout = deferred<SitesReport>();
    const browser = fakeAllSites(FOUR_AND_MAIL, {
      surveyAllSites: () => survey.promise,
      logOutOfAllSites: () => logout.promise,
    });
    const place = await open(browser.intents);
    fireEvent.click(startIn(place));

    const looking = await within(place).findByText('Looking for sites with cookies or saved data…', undefined, {
      timeout: 5_000,
    });
    expect(looking.getAttribute('role')).toBe('status');
    survey.resolve({ sites: ['a.test'], kept: [] });
    fireEvent.click(await confirmIn(place, 'Confirm: log out of 1 site'));

    const running = within(place).getByText('Logging out of 1 site…');
    expect(running.getAttribute('role')).toBe('status');
    await waitFor(() => expect(focused()).toBe(running));
    expect(within(place).queryByRole('button', { name: /Confirm|Log out of all sites/ })).toBeNull();
    logout.resolve({
      loggedOut: [{ site: 'a.test', relatedSites: [], cookies: 1, left: [], tabsSent: 0 }],
      kept: [],
      failed: [],
    });
    expect(linesOf(await reportIn(place))).toEqual([
      '✓Logged out of 1 site: a.test',
      'Cleared 1 cookie and saved data.',
    ]);
  });

  it('logs out of nothing on Cancel, and gives focus back to the button', async () => {
    const browser = fakeAllSites(FOUR_AND_MAIL);
    const place = await open(browser.intents);
    fireEvent.click(startIn(place));
    await confirmIn(place, 'Confirm: log out of 4 sites');

    fireEvent.click(within(place).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(focused()).toBe(startIn(place)));
    expect(within(place).queryByRole('button', { name: /Confirm/ })).toBeNull();
    expect(place.textContent).not.toContain('You will be logged out');
    expect(browser.sent).toEqual(['surveyAllSites']);
    expect(browser.signedIn()).toHaveLength(5);
  });

  it('says there is nothing to log out of instead of asking, and why when only kept sites are signed in', async () => {
    const onlyKept = fakeAllSites({ signedIn: { 'mail.test': 4 }, keep: ['mail.test'] });
    const place = await open(onlyKept.intents);
    startIn(place).focus();
    fireEvent.click(startIn(place));

    const nothing = await within(place).findByText(/^Nothing to log out of/, undefined, { timeout: 5_000 });
    expect(nothing.textContent).toBe(
      'Nothing to log out of: the only sites with cookies or saved data are on your keep list (mail.test).',
    );
    expect(nothing.getAttribute('role')).toBe('status');
    expect(within(place).queryByRole('button', { name: /Confirm/ })).toBeNull();
    expect(focused()).toBe(startIn(place));
    expect(onlyKept.sent).toEqual(['surveyAllSites']);
  });

  it('says so when no site at all has anything', async () => {
    const place = await open(fakeAllSites({ signedIn: {}, keep: [] }).intents);
    fireEvent.click(startIn(place));
    expect(
      await within(place).findByText('Nothing to log out of: no website has cookies or saved data here.', undefined, {
        timeout: 5_000,
      }),
    ).toBeTruthy();
  });

  it('shows the background’s refusal as an alert: of the survey under the button, of the logout with focus', async () => {
    const refusing = fakeAllSites(FOUR_AND_MAIL, {
      surveyAllSites: () => Promise.reject(new Error('SignOff could not read the browser’s cookies.')),
    });
    const place = await open(refusing.intents);
    fireEvent.click(startIn(place));
    const alert = await within(place).findByRole('alert', undefined, { timeout: 5_000 });
    expect(alert.textContent).toBe('SignOff could not read the browser’s cookies.');
    expect(startIn(place)).toBeTruthy();
    cleanup();

    const failing = fakeAllSites(FOUR_AND_MAIL, {
      logOutOfAllSites: () => Promise.reject(new Error('Another logout is running; try again in a moment.')),
    });
    const again = await open(failing.intents);
    fireEvent.click(startIn(again));
    fireEvent.click(await confirmIn(again, 'Confirm: log out of 4 sites'));
    const refused = await within(again).findByRole('alert');
    expect(refused.textContent).toBe('Another logout is running; try again in a moment.');
    await waitFor(() => expect(focused()).toBe(refused));
    expect(failing.signedIn()).toHaveLength(5);
  });

  it('reports what survived and the sites it could not log out of, these in an alert', async () => {
    const report: SitesReport = {
      loggedOut: [
        {
          site: 'a.test',
          relatedSites: ['sso.test'],
          cookies: 3,
          left: [{ kind: 'cookie', name: 'sid', domain: '.a.test' }],
          tabsSent: 1,
        },
      ],
      kept: [],
      failed: [{ site: 'b.test', reason: 'The browser refused to remove its cookies.' }],
    };
    const place = await open(fakeAllSites(FOUR_AND_MAIL, { logOutOfAllSites: async () => report }).intents);
    fireEvent.click(startIn(place));
    fireEvent.click(await confirmIn(place, 'Confirm: log out of 4 sites'));

    const alert = await within(place).findByRole('alert');
    expect(alert.textContent).toBe('Could not log out of b.test. The browser refused to remove its cookies.');
    expect(linesOf(await reportIn(place))).toEqual([
      '!Logged out of 1 site: a.test (with sso.test)',
      'Cleared 3 cookies and saved data. Sent 1 open tab to its login page.',
      'Still there on a.test after clearing twice: cookie "sid" of a.test.',
    ]);
    expect(within(place).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows Undo’s refusal as an alert', async () => {
    const browser = fakeAllSites(FOUR_AND_MAIL, { undo: () => Promise.reject(new Error('Too late to undo.')) });
    const place = await open(browser.intents);
    fireEvent.click(startIn(place));
    fireEvent.click(await confirmIn(place, 'Confirm: log out of 4 sites'));
    fireEvent.click(await within(place).findByRole('button', { name: 'Undo' }));

    const alert = await within(place).findByRole('alert');
    expect(alert.textContent).toBe('Too late to undo.');
    await waitFor(() => expect(focused()).toBe(alert));
  });
});

describe('Log out of all sites in the popup', () => {
  it('comes after the site’s own Log out, which keeps the focus', async () => {
    render(<Popup intents={popupIntents(fakeAllSites(FOUR_AND_MAIL).intents)} />);
    const logOut = await screen.findByRole('button', { name: 'Log out of shop.test' });
    await waitFor(() => expect(focused()).toBe(logOut));

    const order = tabOrder();
    const allSites = screen.getByRole('button', { name: 'Log out of all sites' });
    expect(order.indexOf(allSites)).toBeGreaterThan(order.indexOf(logOut));
    expect(focused()).toBe(logOut);
  });

  it('offers Undo of a logout of all sites started elsewhere by naming the sites and their count', async () => {
    const sites = ['a.test', 'b.test', 'c.test', 'd.test'];
    const offer = { id: 'all-1', site: 'a.test', sites, expiresAt: Date.now() + 10_000, serverSessionEnded: false };
    const browser = fakeAllSites(FOUR_AND_MAIL);
    await browser.intents.logOutOfAllSites(sites);
    render(<Popup intents={popupIntents(browser.intents, { loadView: async () => ({ ...view, undo: offer }) })} />);

    const undo = await screen.findByRole('button', { name: /^Undo logout of 4 sites/ });
    expect(undo.textContent).toBe('Undo logout of 4 sites (10 s)');
    expect(screen.getByText('Logged out of a.test, b.test, c.test, and d.test.')).toBeTruthy();
    expect(screen.getByText('Undo puts back these sites’ cookies and their open pages’ saved data.')).toBeTruthy();
    fireEvent.click(undo);
    const undone = await screen.findByText(/^Undone/);
    expect(undone.textContent).toBe('Undone for a.test, b.test, c.test, and d.test. Put back 11 cookies.');
    expect(browser.signedIn()).toHaveLength(5);
  });
});

describe('Log out of all sites on the options page', () => {
  it('says what it does, for how long Undo lasts, and where the sites it keeps are listed', async () => {
    render(<OptionsPage intents={fakeBackground(DEFAULT_SETTINGS).intents} />);
    const section = await screen.findByRole('region', { name: 'Log out of all sites' });
    expect([...section.querySelectorAll('p')].map((line) => line.textContent)).toEqual([
      'Logs you out of every website that has cookies or an open page in your normal windows (not private ones), and sends their open tabs to their login pages. SignOff asks you first, and you can undo it for 10 seconds.',
      'Sites you list under “Sites to keep signed in” stay signed in.',
    ]);
    expect(focused()).not.toBe(startIn(section));
  });
});
