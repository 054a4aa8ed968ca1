import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  importRules,
  importSettingsFile,
  lookInBothSchemes,
  openOptions,
  openPopupOver,
  popupFrame,
  seed,
  useSession,
} from './harness';

/**
 * The popup and the options page as a user sees them, in light and dark: a
 * frame that stays put, no serious accessibility fault (axe-core, contrast
 * included), and a picture of every state in tests/screenshots/.
 */
describe('how the popup and the options page look, in real Chromium', () => {
  // A fixed port, so that the addresses in the pictures, and so the pictures, are the same run after run.
  const browser = useSession({ port: 47_443 });

  const readyPopup = async (tab: Page) => {
    const popup = await openPopupOver(browser(), tab);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).waitFor();
    // What is stored is counted after Log out is ready: the popup has settled once the count is in.
    await popup.locator('.facts dd[title]').waitFor();
    return popup;
  };
  const reportOf = (popup: Page) => popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' });
  /** The popup's picture once it has settled: its shortcut line comes last, from an asynchronous read. */
  const lookAtPopup = async (popup: Page, name: string) => {
    await popup.locator('.shortcut').waitFor();
    return lookInBothSchemes(popup, name);
  };

  it('idle and result: the result takes the action’s place, and nothing else moves or resizes', async () => {
    const tab = await seed(browser(), 'app.shop.test', { parent: 'shop.test' });
    const popup = await readyPopup(tab);
    const idle = await popupFrame(popup);
    expect(await lookAtPopup(popup, 'popup-idle')).toEqual([]);

    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();
    await reportOf(popup).waitFor();
    expect(await popupFrame(popup)).toEqual(idle);
    expect(await lookAtPopup(popup, 'popup-result')).toEqual([]);

    await popup.getByRole('button', { name: /Undo/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    expect(await lookAtPopup(popup, 'popup-undone')).toEqual([]);
  });

  it('running: a status line in the button’s place, the frame unchanged', async () => {
    const session = browser();
    const logoutUrl = session.url('app.shop.test', '/delayed-logout?ms=5000');
    await importRules(session, [{ site: 'shop.test', logoutUrl }]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await readyPopup(tab);
    const idle = await popupFrame(popup);

    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();
    await popup.getByRole('status').filter({ hasText: 'Logging out of shop.test…' }).waitFor();
    expect(await popupFrame(popup)).toEqual(idle);
    expect(await lookAtPopup(popup, 'popup-running')).toEqual([]);
    await reportOf(popup).waitFor({ timeout: 20_000 });
  });

  it('a login page that fails: the result says so, readably', async () => {
    const session = browser();
    await importRules(session, [{ site: 'shop.test', loginUrl: session.url('app.shop.test', '/error') }]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await readyPopup(tab);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();

    await expect.poll(() => reportOf(popup).innerText()).toContain('answered with an error (HTTP 500)');
    expect(await lookAtPopup(popup, 'popup-login-page-failed')).toEqual([]);
  });

  it('an error: the alert in the result’s place', async () => {
    const session = browser();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await readyPopup(tab);
    await tab.goto(session.url('www.other.test', '/'));
    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();

    await popup.getByRole('alert').filter({ hasText: 'The tab has moved' }).waitFor();
    expect(await lookAtPopup(popup, 'popup-error')).toEqual([]);
  });

  it('nothing to log out of: the one reason, over a disabled Log out that is still readable', async () => {
    const tab = await browser().context.newPage();
    await tab.goto('chrome://version/');
    const popup = await openPopupOver(browser(), tab);

    await popup.getByRole('status').filter({ hasText: 'one of the browser’s own pages' }).waitFor();
    expect(await popup.getByRole('button', { name: 'Log out', exact: true }).isDisabled()).toBe(true);
    expect(await lookAtPopup(popup, 'popup-no-site')).toEqual([]);

    // Each kind of page without a site gets its own reason, not one hedge for all.
    const options = await openOptions(browser());
    const overOptions = await openPopupOver(browser(), options);
    await overOptions.getByRole('status').filter({ hasText: 'belongs to a browser extension' }).waitFor();
    const blank = await browser().context.newPage();
    const overBlank = await openPopupOver(browser(), blank);
    await overBlank.getByRole('status').filter({ hasText: 'this tab is empty' }).waitFor();
  });

  it('the options page: empty, with rules, and while editing a rule', async () => {
    const session = browser();
    const empty = await openOptions(session);
    expect(await lookInBothSchemes(empty, 'options-empty', { fullPage: true })).toEqual([]);

    const options = await importRules(session, [
      { site: 'shop.test', loginUrl: session.url('accounts.shop.test', '/login'), relatedSites: ['sso.test'] },
      { site: 'other.test', otherTabs: 'close', clear: { indexedDB: false } },
    ]);
    expect(await lookInBothSchemes(options, 'options-rules', { fullPage: true })).toEqual([]);

    await options.getByRole('button', { name: 'Edit the rule for other.test' }).click();
    await options.getByRole('button', { name: 'Save rule' }).waitFor();
    expect(await lookInBothSchemes(options, 'options-editing', { fullPage: true })).toEqual([]);
  });

  it('the options page in error: a refused import, and a rule that cannot be saved', async () => {
    const session = browser();
    const options = await importRules(session, [{ site: 'shop.test' }]);
    const badRule = { site: 'bad.test', loginUrl: 'javascript:alert(1)', relatedSites: ['x/y'] };
    await importSettingsFile(options, JSON.stringify({ version: 1, sites: [badRule] }), 'bad.json');
    await options.getByRole('alert').filter({ hasText: 'bad.json was not imported' }).waitFor();
    expect(await lookInBothSchemes(options, 'options-import-refused', { fullPage: true })).toEqual([]);

    await options.getByRole('button', { name: 'Add a rule' }).click();
    await options.getByLabel('Login page').fill('not a page');
    await options.getByRole('button', { name: 'Save rule' }).click();
    await options.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await lookInBothSchemes(options, 'options-rule-invalid', { fullPage: true })).toEqual([]);
  });
});
