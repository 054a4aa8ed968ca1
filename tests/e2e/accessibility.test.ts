import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allCookies,
  type FocusedControl,
  focusedControl,
  importRules,
  layoutFaults,
  lookInBothSchemes,
  ofSite,
  openOptions,
  openPopupOver,
  popupFrame,
  seed,
  smallestText,
  tabTo,
  usableControls,
  useSession,
} from './harness';

/** WCAG 1.4.11: a focus ring needs 3:1 against what is around it. */
const RING_CONTRAST = 3;

/** Every usable control was passed, once each way round, and each showed a ring that stands out. */
function expectEveryControlRinged(passed: FocusedControl[], controls: string[], scheme: string) {
  expect(passed.map((control) => control.name).sort()).toEqual([...controls].sort());
  for (const control of passed)
    expect(control.ring, `${scheme}: ${control.name}`).toBeGreaterThanOrEqual(RING_CONTRAST);
}

describe('SignOff with the keyboard alone, in real Chromium', () => {
  const browser = useSession();

  it('logs out from the popup with Tab and Enter, then undoes it the same way, every control showing its focus ring', async () => {
    const session = browser();
    const ofShop = ofSite('shop.test');
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    expect((await allCookies(session)).filter(ofShop).length).toBeGreaterThan(0);
    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).waitFor();
    const controls = await usableControls(popup);

    // The popup opens with focus on Log out; Tab goes round every other control and back to it, in each scheme.
    for (const scheme of ['dark', 'light'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      expectEveryControlRinged(await tabTo(popup, 'Log out of shop.test'), controls, scheme);
    }
    await popup.keyboard.press('Enter');

    await popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' }).waitFor();
    await tab.waitForURL(session.url('app.shop.test', '/'));
    await tab.waitForLoadState('load');
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
    expect(await tab.locator('#state').innerText()).toBe('You are signed out.');

    // Focus went to the result; the next Tab is Undo.
    const [undo, ...more] = await tabTo(popup, /^Undo\b/);
    expect(more).toEqual([]);
    expect(undo?.ring).toBeGreaterThanOrEqual(RING_CONTRAST);
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect((await allCookies(session)).filter(ofShop).length).toBeGreaterThan(0);
  });

  it('reaches every control of the options page with Tab, each showing its focus ring, and imports from the keyboard', async () => {
    const session = browser();
    await importRules(session, [{ site: 'shop.test', loginUrl: session.url('accounts.shop.test', '/login') }]);
    const options = await openOptions(session);
    const controls = await usableControls(options);
    const lastControl = controls.at(-1) ?? '';
    expect(lastControl).toBe('Import…');

    for (const scheme of ['dark', 'light'] as const) {
      // From the top of the page each time: Tab past the last control leaves the page for the browser.
      await options.reload();
      await options.getByRole('heading', { name: 'Site rules' }).waitFor();
      await options.emulateMedia({ colorScheme: scheme });
      expectEveryControlRinged(await tabTo(options, lastControl, controls.length + 5), controls, scheme);
    }

    // Import is a file input dressed as a button: Space opens the file chooser.
    expect((await focusedControl(options))?.name, 'focus is still on Import after the last Tab').toBe('Import…');
    const chooser = options.waitForEvent('filechooser');
    await options.keyboard.press('Space');
    await (await chooser).setFiles({
      name: 'keyboard.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ version: 1, sites: [{ site: 'other.test' }] })),
    });
    await options.getByRole('status').filter({ hasText: 'Imported 1 rule from keyboard.json' }).waitFor();
  });
});

describe('the popup with the browser’s text at 200 %, in real Chromium', () => {
  // A fixed port, so that the addresses in the pictures, and so the pictures, are the same run after run.
  const browser = useSession({ textScale: 2, port: 47_443 });

  /** Nothing cut off or drawn over anything else; axe-core in both schemes; a picture of each. */
  const checkLayout = async (popup: Page, name: string) => {
    await popup.locator('.shortcut').waitFor();
    expect(await layoutFaults(popup)).toEqual([]);
    expect(await lookInBothSchemes(popup, name)).toEqual([]);
  };

  it('idle, running and result: all text grows, nothing is cut off or drawn over, nothing moves', async () => {
    const session = browser();
    const logoutUrl = session.url('app.shop.test', '/delayed-logout?ms=5000');
    await importRules(session, [{ site: 'shop.test', logoutUrl, relatedSites: ['sso.test'] }]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await openPopupOver(session, tab);
    const logOut = popup.getByRole('button', { name: 'Log out of shop.test' });
    await logOut.waitFor();
    // What is stored is counted just after Log out is ready: the popup has settled once the count is in.
    await popup.locator('.facts dd[title]').waitFor();

    // Chromium gives an extension page's body 75 % of the browser's font size: no text of the popup is
    // smaller than that, so all of it follows the setting.
    const smallest = await smallestText(popup);
    expect(smallest.fraction, `smallest text: ${smallest.where}`).toBeGreaterThanOrEqual(0.75);
    await checkLayout(popup, 'popup-large-text-idle');
    const idle = await popupFrame(popup);

    await logOut.click();
    await popup.getByRole('status').filter({ hasText: 'Logging out of shop.test…' }).waitFor();
    expect(await popupFrame(popup)).toEqual(idle);
    await checkLayout(popup, 'popup-large-text-running');

    await popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' }).waitFor({ timeout: 20_000 });
    expect(await popupFrame(popup)).toEqual(idle);
    await checkLayout(popup, 'popup-large-text-result');
  });

  it('an error, and a page without a site: the message whole, nothing drawn over it', async () => {
    const session = browser();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).waitFor();
    await tab.goto(session.url('www.other.test', '/'));
    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();
    await popup.getByRole('alert').filter({ hasText: 'The tab has moved' }).waitFor();
    await checkLayout(popup, 'popup-large-text-error');

    const browserPage = await session.context.newPage();
    await browserPage.goto('chrome://version/');
    const noSite = await openPopupOver(session, browserPage);
    await noSite.getByRole('status').filter({ hasText: 'one of the browser’s own pages' }).waitFor();
    await checkLayout(noSite, 'popup-large-text-no-site');
  });
});
