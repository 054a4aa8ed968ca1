import { describe, expect, it } from 'vitest';
import {
  badgeOf,
  cookieNames,
  cookiesIn,
  EMPTY_STORAGE,
  notificationIds,
  ofSite,
  pressKeys,
  readStorage,
  readStorageOf,
  seed,
  tabOf,
  useSession,
  waitForUrl,
} from './harness';

const ofShop = ofSite('shop.test');

describe('the logout shortcut, pressed for real (headed Firefox under Xvfb)', () => {
  const browser = useSession({ headed: true });

  it('Alt+Shift+L logs out of the site in front, with a badge and a notification', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test', frames: ['widget.tracker.test'] });
    const tab = await seed(session, 'app.shop.test', {
      parent: 'shop.test',
      frames: ['widget.tracker.test'],
      storageFrames: ['accounts.shop.test'],
    });
    // A second tab of the site, opened last: the shortcut acts on the tab in front, not on this one.
    // The logout reloads it (the default for other tabs); the seed page would set its cookies again.
    const behind = await seed(session, 'www.shop.test', { parent: 'shop.test' });
    await behind.goto(session.url('www.shop.test', '/inspect'));
    const { id: tabId } = await tabOf(session, tab);
    const before = await cookiesIn(session);
    expect(before.filter(ofShop).length).toBeGreaterThan(5);
    const bystanderStorage = await readStorage(bystander);

    await pressKeys(session, tab, ['alt+shift+l']);

    await waitForUrl(tab, session.url('app.shop.test', '/'));
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    await expect.poll(() => notificationIds(session)).toContain(`signoff-${tabId}`);
    const after = await cookiesIn(session);
    expect(cookieNames(after.filter(ofShop))).toEqual([]);
    expect(after).toEqual(before.filter((cookie) => !ofShop(cookie)));
    expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
    expect(behind.url()).toBe(session.url('www.shop.test', '/inspect'));
  });
});
