import { describe, expect, it } from 'vitest';
import {
  allCookies,
  type CookieSnapshot,
  ofSite as concerns,
  EMPTY_STORAGE,
  logOutThroughPopup,
  openPopupOver,
  readStorage,
  readStorageOf,
  seed,
  useSession,
} from './harness';

describe('logging out of a site from the toolbar popup, in real Chromium', () => {
  const browser = useSession();

  it('clears every cookie and store of the site, leaves other sites alone, and lands on the origin root', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', {
      parent: 'other.test',
      frames: ['widget.tracker.test', 'accounts.shop.test'],
    });
    const tab = await seed(session, 'app.shop.test', {
      parent: 'shop.test',
      frames: ['widget.tracker.test'],
      storageFrames: ['accounts.shop.test'],
    });
    const ofShop = concerns('shop.test');
    const before = await allCookies(session, tab);
    const shopBefore = before.filter(ofShop);
    const has = (name: string, domain: string, partition = '') =>
      shopBefore.some((c) => c.name === name && c.domain === domain && c.partition === partition);
    // Every kind of cookie the logout must reach really was set.
    expect(has('sid', 'app.shop.test')).toBe(true); // host-only, HttpOnly, Secure
    expect(has('plain', 'app.shop.test')).toBe(true);
    expect(has('scoped', 'app.shop.test')).toBe(true); // Path=/account
    expect(has('shared', '.shop.test')).toBe(true); // Domain= parent cookie
    expect(has('framesid', 'accounts.shop.test')).toBe(true); // sibling subdomain
    expect(has('__Host-chip', 'app.shop.test', 'https://shop.test')).toBe(true); // own CHIPS
    expect(has('chip', 'widget.tracker.test', 'https://shop.test')).toBe(true); // third party in our partition
    expect(has('chip', 'accounts.shop.test', 'https://other.test')).toBe(true); // ours in another partition
    const othersBefore = before.filter((cookie) => !ofShop(cookie));
    expect(othersBefore.map((c) => c.name)).toEqual(expect.arrayContaining(['sid', 'shared', 'chip']));
    const bystanderStorage = await readStorage(bystander);
    expect(bystanderStorage.local).toEqual({ session: 'www.other.test' });
    expect(await readStorage(tab)).toMatchObject({ local: { session: 'app.shop.test' } });
    expect((await readStorageOf(session, 'accounts.shop.test')).indexedDB).toEqual(['signoff-test']);

    const popup = await openPopupOver(session, tab);
    await expect.poll(() => popup.locator('main').innerText()).toContain('app.shop.test part of shop.test');
    await expect(popup.locator('main').innerText()).resolves.toContain(`${shopBefore.length} cookies`);
    await expect(popup.locator('main').innerText()).resolves.toContain(session.url('app.shop.test', '/'));
    await popup.getByRole('button', { name: /^Log out(?! of all sites)/ }).click();
    const done = popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' });
    await done.waitFor();
    expect(await done.innerText()).toContain(`Cleared ${shopBefore.length} cookies`);
    expect(await done.innerText()).not.toContain('Still there');
    // The button under the user's focus gave way to the result; focus moved to what the popup says.
    expect(await popup.evaluate(() => document.activeElement?.contains(document.querySelector('.report')))).toBe(true);

    await tab.waitForURL(session.url('app.shop.test', '/'));
    await tab.waitForLoadState('load');
    const after = await allCookies(session, tab);
    expect(after.filter(ofShop)).toEqual([]);
    expect(after.filter((cookie) => !ofShop(cookie))).toEqual(othersBefore);
    expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
    expect(await tab.locator('#state').innerText()).toBe('You are signed out.');
  });

  it('treats a private suffix as a boundary: alice.github.io leaves bob.github.io signed in', async () => {
    const session = browser();
    const bob = await seed(session, 'bob.github.io');
    const alice = await seed(session, 'alice.github.io');
    const ofAlice = concerns('alice.github.io');
    const before = await allCookies(session, alice);
    expect(before.filter(ofAlice).length).toBeGreaterThan(0);
    const bobStorage = await readStorage(bob);

    await logOutThroughPopup(session, alice);

    await alice.waitForURL(session.url('alice.github.io', '/'));
    const after = await allCookies(session, alice);
    expect(after.filter(ofAlice)).toEqual([]);
    expect(after).toEqual(before.filter((cookie) => !ofAlice(cookie)));
    expect(await readStorage(bob)).toEqual(bobStorage);
  });

  it('logs out of an IPv6 address, which is a site of its own', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await session.context.newPage();
    await tab.goto(`https://[::1]:${session.site.port}/seed`);
    await tab.evaluate(() => (window as unknown as { seedDone: Promise<string> }).seedDone);
    const ofLoopback = (cookie: CookieSnapshot) => cookie.domain === '[::1]' || cookie.partition === 'https://[::1]';
    const before = await allCookies(session, tab);
    expect(before.filter(ofLoopback).length).toBeGreaterThan(2);
    const bystanderStorage = await readStorage(bystander);

    await logOutThroughPopup(session, tab);

    await tab.waitForURL(`https://[::1]:${session.site.port}/`);
    await tab.waitForLoadState('load');
    const after = await allCookies(session, tab);
    expect(after.filter(ofLoopback)).toEqual([]);
    expect(after).toEqual(before.filter((cookie) => !ofLoopback(cookie)));
    expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });

  it('refuses, and clears nothing, when the tab has moved to another site since the popup opened', async () => {
    const session = browser();
    const shop = await seed(session, 'www.shop.test', { parent: 'shop.test' });
    const popup = await openPopupOver(session, shop);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).waitFor();
    const before = await allCookies(session, shop);
    await shop.goto(session.url('www.other.test', '/inspect'));

    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();

    const alert = popup.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The tab has moved from shop.test to other.test; nothing was cleared.');
    expect(await allCookies(session, shop)).toEqual(before);
    expect(shop.url()).toBe(session.url('www.other.test', '/inspect'));
  });

  it('on chrome://version/ explains there is nothing to log out of, and changes nothing', async () => {
    const session = browser();
    const shop = await seed(session, 'www.shop.test', { parent: 'shop.test' });
    const cookiesBefore = await allCookies(session, shop);
    const storageBefore = await readStorage(shop);
    const tab = await session.context.newPage();
    await tab.goto('chrome://version/');

    const popup = await openPopupOver(session, tab);
    await popup.getByText('Nothing to log out of').waitFor();
    const button = popup.getByRole('button', { name: /^Log out(?! of all sites)/ });
    expect(await button.isDisabled()).toBe(true);
    const tabId = await popup.evaluate(
      async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    );
    // Even asked directly, the background refuses.
    const refusal = await popup.evaluate(async (id) => {
      try {
        await chrome.runtime.sendMessage({ type: 'logout', payload: { tabId: id } });
        return 'accepted';
      } catch (error) {
        return String(error);
      }
    }, tabId);
    expect(refusal).toContain('Nothing to log out of');

    expect(tab.url()).toBe('chrome://version/');
    expect(await allCookies(session, shop)).toEqual(cookiesBefore);
    expect(await readStorage(shop)).toEqual(storageBefore);
  });
});
