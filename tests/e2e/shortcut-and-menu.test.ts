import { describe, expect, it } from 'vitest';
import {
  allCookies,
  badgeOf,
  EMPTY_STORAGE,
  frontTabId,
  importRules,
  notificationIds,
  ofSite,
  openOptions,
  pressKeys,
  readStorage,
  readStorageOf,
  seed,
  stopServiceWorker,
  useContextMenu,
  useSession,
  waitFor,
  watchServiceWorker,
} from './harness';

const ofShop = ofSite('shop.test');

describe('the logout shortcut and the page menu, used for real (headed Chromium under Xvfb)', () => {
  const browser = useSession({ headed: true });

  it('Alt+Shift+L logs out of the site in front, as the popup does, with a badge and a notification', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test', frames: ['widget.tracker.test'] });
    const tab = await seed(session, 'app.shop.test', {
      parent: 'shop.test',
      frames: ['widget.tracker.test'],
      storageFrames: ['accounts.shop.test'],
    });
    const tabId = await frontTabId(session, tab);
    const before = await allCookies(session);
    expect(before.filter(ofShop).length).toBeGreaterThan(5);
    const bystanderStorage = await readStorage(bystander);

    await pressKeys(session, tab, ['alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    await expect.poll(() => notificationIds(session)).toContain(`signoff-${tabId}`);
    const after = await allCookies(session);
    expect(after.filter(ofShop)).toEqual([]);
    expect(after).toEqual(before.filter((cookie) => !ofShop(cookie)));
    await tab.waitForLoadState('load');
    expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('pressed again while the logout still runs, joins it: one logout page, one landing', async () => {
    const session = browser();
    // A logout page that takes a second keeps the first logout running while the key is pressed again.
    await (
      await importRules(session, [
        { site: 'shop.test', logoutUrl: session.url('app.shop.test', '/delayed-logout?ms=1000') },
      ])
    ).close();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);
    const before = await allCookies(session);
    const bystanderStorage = await readStorage(bystander);
    session.site.requests.length = 0;

    await pressKeys(session, tab, ['alt+shift+l']);
    await expect.poll(() => session.site.requests.some((r) => r.path === '/delayed-logout')).toBe(true);
    await pressKeys(session, tab, ['alt+shift+l']);

    await expect.poll(() => badgeOf(session, tabId), { timeout: 10_000 }).toBe('✓');
    const visits = (path: string) => session.site.requests.filter((r) => r.host === 'app.shop.test' && r.path === path);
    expect(visits('/delayed-logout')).toHaveLength(1);
    expect(visits('/')).toHaveLength(1);
    expect(tab.url()).toBe(session.url('app.shop.test', '/'));
    expect(await allCookies(session)).toEqual(before.filter((cookie) => !ofShop(cookie)));
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('"Log out of shop.test" on the page\'s context menu logs out the same way', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);
    const before = await allCookies(session);
    const bystanderStorage = await readStorage(bystander);

    await useContextMenu(session, tab, 'Log out of shop.test');

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    expect(await allCookies(session)).toEqual(before.filter((cookie) => !ofShop(cookie)));
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('shows no notification when the options turn notifications off', async () => {
    const session = browser();
    const options = await openOptions(session);
    await options.getByLabel(/Show a notification/).uncheck();
    await options.getByRole('status').filter({ hasText: 'Saved the defaults' }).waitFor();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);

    await pressKeys(session, tab, ['alt+shift+l']);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    // The notification is shown before the badge turns to ✓, so by then any would be there.
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    expect(await notificationIds(session)).toEqual([]);
  });

  it('on chrome://version/ changes nothing anywhere, and says why', async () => {
    const session = browser();
    const shop = await seed(session, 'www.shop.test', { parent: 'shop.test' });
    const cookiesBefore = await allCookies(session);
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
    expect(await allCookies(session)).toEqual(cookiesBefore);
    expect(await readStorage(shop)).toEqual(storageBefore);
  });
});

describe('the shortcut after the browser has stopped the idle service worker', () => {
  // A browser of its own: a stopped worker leaves Playwright's handle on it dead.
  const browser = useSession({ headed: true });

  it('wakes SignOff and logs out', async () => {
    const session = browser();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const before = await allCookies(session);
    await stopServiceWorker(session, tab);
    const worker = await watchServiceWorker(session, tab);

    await pressKeys(session, tab, ['alt+shift+l']);

    // One CI run saw nothing happen in 30 s. A press that reaches the browser starts the worker within
    // a second here; if it never starts, the key was lost on its way (X, a loaded machine), not by SignOff,
    // so it is pressed once more. A worker that starts and still does not log out fails the test.
    const woke = async () => worker.statuses().includes('starting');
    const wokeInTime = await waitFor(woke, 'the press to wake the worker').then(
      () => true,
      () => false,
    );
    if (!wokeInTime) {
      console.warn('The browser did not wake SignOff within 10 s of the shortcut: pressing it again');
      await pressKeys(session, tab, ['alt+shift+l']);
    }
    await tab.waitForURL(session.url('app.shop.test', '/')).catch((error) => {
      const statuses = worker.statuses().join(', ') || 'none';
      throw new Error(`No landing; the worker's statuses since the press: ${statuses}`, { cause: error });
    });
    expect(await allCookies(session)).toEqual(before.filter((cookie) => !ofShop(cookie)));
    await worker.detach();
  });
});
