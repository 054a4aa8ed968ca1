import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  allCookies,
  type CookieSnapshot,
  closeAllTabs,
  EMPTY_STORAGE,
  launchWithExtension,
  openOptions,
  pressKeys,
  readStorage,
  readStorageOf,
  type Session,
  seed,
  stopServiceWorker,
  useContextMenu,
} from './harness';

const ofShop = (cookie: CookieSnapshot) => {
  const host = cookie.domain.replace(/^\./, '');
  return host === 'shop.test' || host.endsWith('.shop.test') || cookie.partition === 'https://shop.test';
};

/** The id the browser gives the tab in front, asked of SignOff's own service worker. */
async function frontTabId(session: Session, tab: Page): Promise<number> {
  await tab.bringToFront();
  const id = await session.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('No tab in front');
  return id;
}

const badgeOf = (session: Session, tabId: number) =>
  session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const notificationIds = (session: Session) =>
  session.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

describe('the logout shortcut and the page menu, used for real (headed Chromium under Xvfb)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launchWithExtension({ headed: true });
  });
  afterEach(async () => {
    await closeAllTabs(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('Alt+Shift+L logs out of the site in front, as the popup does, with a badge and a notification', async () => {
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test', frames: ['widget.tracker.test'] });
    const tab = await seed(session, 'app.shop.test', {
      parent: 'shop.test',
      frames: ['widget.tracker.test'],
      storageFrames: ['accounts.shop.test'],
    });
    const tabId = await frontTabId(session, tab);
    const before = await allCookies(session, tab);
    expect(before.filter(ofShop).length).toBeGreaterThan(5);
    const bystanderStorage = await readStorage(bystander);

    await pressKeys(session, tab, ['alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    await expect.poll(() => notificationIds(session)).toContain(`signoff-${tabId}`);
    const after = await allCookies(session, tab);
    expect(after.filter(ofShop)).toEqual([]);
    expect(after).toEqual(before.filter((cookie) => !ofShop(cookie)));
    await tab.waitForLoadState('load');
    expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('pressed twice in quick succession, clears once and navigates once', async () => {
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const before = await allCookies(session, tab);
    const bystanderStorage = await readStorage(bystander);
    session.site.requests.length = 0;

    await pressKeys(session, tab, ['alt+shift+l', 'alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await new Promise((done) => setTimeout(done, 2_500));
    const landings = session.site.requests.filter((r) => r.host === 'app.shop.test' && r.path === '/');
    expect(landings).toHaveLength(1);
    expect(tab.url()).toBe(session.url('app.shop.test', '/'));
    const after = await allCookies(session, tab);
    expect(after).toEqual(before.filter((cookie) => !ofShop(cookie)));
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('"Log out of shop.test" on the page\'s context menu logs out the same way', async () => {
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);
    const before = await allCookies(session, tab);
    const bystanderStorage = await readStorage(bystander);

    // From the bottom of Chromium's page menu: Inspect, View page source, then the extensions' entries.
    await useContextMenu(session, tab, ['Up', 'Up', 'Up', 'Return']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    expect(await allCookies(session, tab)).toEqual(before.filter((cookie) => !ofShop(cookie)));
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('shows no notification when the options turn notifications off', async () => {
    const options = await openOptions(session);
    await options.getByLabel(/Show a notification/).uncheck();
    await options.getByRole('status').filter({ hasText: 'Saved the defaults' }).waitFor();
    await session.worker.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);

    await pressKeys(session, tab, ['alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    // A notification follows the badge at once when it is on; none may appear for a good while after.
    for (const deadline = Date.now() + 1_500; Date.now() < deadline; ) {
      expect(await notificationIds(session)).toEqual([]);
      await new Promise((done) => setTimeout(done, 100));
    }
    await options.getByLabel(/Show a notification/).check();
    await options.getByRole('status').filter({ hasText: 'Saved the defaults' }).waitFor();
  });

  it('on chrome://version/ changes nothing anywhere, and says why', async () => {
    const shop = await seed(session, 'www.shop.test', { parent: 'shop.test' });
    const cookiesBefore = await allCookies(session, shop);
    const storageBefore = await readStorage(shop);
    const tab = await session.context.newPage();
    await tab.goto('chrome://version/');
    const tabId = await frontTabId(session, tab);

    await pressKeys(session, tab, ['alt+shift+l']);

    await expect.poll(() => badgeOf(session, tabId)).toBe('!');
    const title = await session.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toContain('Nothing to log out of');
    await expect.poll(() => notificationIds(session)).toContain(`signoff-${tabId}`);
    expect(tab.url()).toBe('chrome://version/');
    expect(await allCookies(session, shop)).toEqual(cookiesBefore);
    expect(await readStorage(shop)).toEqual(storageBefore);
  });

  // Last in this file: it leaves the session's handle on the service worker dead.
  it('works after the browser has stopped the idle service worker', async () => {
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const before = await allCookies(session, tab);
    await stopServiceWorker(session, tab);

    await pressKeys(session, tab, ['alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    expect(await allCookies(session, tab)).toEqual(before.filter((cookie) => !ofShop(cookie)));
  });
});
