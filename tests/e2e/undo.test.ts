import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BYSTANDER_SITES } from '../../scripts/site/server.mjs';
import { UNDO_SECONDS } from '../../src/core/logout/snapshot';
import {
  badgeOf,
  clickNotificationButton,
  cookieJar,
  type FullCookie,
  frontTabId,
  importRules,
  logOutThroughPopup,
  notificationIds,
  ofSite,
  openPopupOver,
  pressKeys,
  readStorage,
  restorable,
  type Session,
  seed,
  sendToSignOff,
  useSession,
  windowsNow,
} from './harness';

const ofShop = ofSite('shop.test');

/** A signed-in tab on a page that writes nothing itself, so whatever comes back came back through Undo. */
async function signedInTab(session: Session): Promise<Page> {
  await seed(session, 'www.other.test', { parent: 'other.test', frames: ['accounts.shop.test'] });
  const tab = await seed(session, 'app.shop.test', { parent: 'shop.test', frames: ['widget.tracker.test'] });
  await tab.goto(session.url('app.shop.test', '/inspect?page=inbox'));
  await tab.evaluate(() => sessionStorage.setItem('draft', 'unsent reply'));
  return tab;
}

describe('Undo in the popup', () => {
  const browser = useSession();

  it('within 10 s puts back the exact cookie jar, the page storage and the page', async () => {
    const session = browser();
    const tab = await signedInTab(session);
    const jarBefore = (await cookieJar(session)).filter(ofShop).map(restorable);
    const kinds = (predicate: (cookie: ReturnType<typeof restorable>) => boolean) => jarBefore.some(predicate);
    // Every field Undo must restore really varies in this jar.
    expect(kinds((c) => !c.domain.startsWith('.')) && kinds((c) => c.domain.startsWith('.'))).toBe(true);
    expect(kinds((c) => c.httpOnly) && kinds((c) => !c.secure) && kinds((c) => c.path !== '/')).toBe(true);
    expect(kinds((c) => c.partitionKey?.hasCrossSiteAncestor === true)).toBe(true);
    expect(kinds((c) => c.partitionKey?.topLevelSite === 'https://shop.test' && c.domain.includes('tracker'))).toBe(
      true,
    );
    const storageBefore = await readStorage(tab);
    expect(storageBefore.local).toEqual({ session: 'app.shop.test' });

    const popup = await logOutThroughPopup(session, tab);
    await tab.waitForURL(session.url('app.shop.test', '/'));
    expect((await cookieJar(session)).filter(ofShop)).toEqual([]);
    await popup.getByRole('button', { name: /Undo/ }).click();

    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    await tab.waitForURL(session.url('app.shop.test', '/inspect?page=inbox'));
    expect((await cookieJar(session)).filter(ofShop).map(restorable)).toEqual(jarBefore);
    const storageAfter = await readStorage(tab);
    expect(storageAfter.local).toEqual(storageBefore.local);
    expect(storageAfter.session).toEqual({ ...storageBefore.session, draft: 'unsent reply' });
  });

  it('after 10 s is offered nowhere, and nothing comes back', async () => {
    const session = browser();
    const tab = await signedInTab(session);
    const tabId = await frontTabId(session, tab);
    const popup = await logOutThroughPopup(session, tab);
    const undo = popup.getByRole('button', { name: /Undo/ });
    await undo.waitFor();
    const offered = await sendToSignOff(popup, { type: 'getSiteView', payload: { tabId } });
    const offerId = (offered as { answer: { undo: { id: string } } }).answer.undo.id;

    await new Promise((done) => setTimeout(done, (UNDO_SECONDS + 1) * 1000));

    expect(await undo.count()).toBe(0);
    const fresh = await openPopupOver(session, tab);
    await fresh.getByRole('button', { name: /^Log out(?! of all sites)/ }).waitFor();
    expect(await fresh.getByRole('button', { name: /Undo/ }).count()).toBe(0);
    expect(await sendToSignOff(fresh, { type: 'undo', payload: { id: offerId } })).toMatchObject({
      refused: expect.stringContaining('Too late to undo'),
    });
    expect((await cookieJar(session)).filter(ofShop)).toEqual([]);
    // The snapshot of the session is gone from memory too.
    expect(await fresh.evaluate(() => chrome.storage.session.get(null))).not.toHaveProperty('undoSnapshot');
  });

  it('says plainly that a server logout cannot be undone', async () => {
    const session = browser();
    await (
      await importRules(session, [{ site: 'shop.test', logoutUrl: session.url('app.shop.test', '/logout') }])
    ).close();
    const tab = await signedInTab(session);

    const popup = await logOutThroughPopup(session, tab);

    await popup.getByRole('button', { name: /Undo/ }).waitFor();
    expect(await popup.locator('.undo').innerText()).toContain('but not the session the site’s server ended');
  });

  it("leaves the site's cookies alone, before and after, when the rule keeps them", async () => {
    const session = browser();
    await (await importRules(session, [{ site: 'shop.test', clear: { cookies: false } }])).close();
    const tab = await signedInTab(session);
    const jarBefore = (await cookieJar(session)).filter(ofShop).map(restorable);

    const popup = await logOutThroughPopup(session, tab);
    expect((await cookieJar(session)).filter(ofShop).map(restorable)).toEqual(jarBefore);
    await popup.getByRole('button', { name: /Undo/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();

    await tab.waitForURL(session.url('app.shop.test', '/inspect?page=inbox'));
    expect((await cookieJar(session)).filter(ofShop).map(restorable)).toEqual(jarBefore);
    expect((await readStorage(tab)).local).toEqual({ session: 'app.shop.test' });
  });

  it('leaves a world of 20 other sites byte-identical through a logout and its Undo', async () => {
    const session = browser();
    const bystanders = [];
    for (const site of BYSTANDER_SITES)
      bystanders.push(await seed(session, `www.${site}`, { parent: site, cookies: 25 }));
    const tab = await signedInTab(session);
    const othersOf = (jar: FullCookie[]) => jar.filter((cookie) => !ofShop(cookie));
    const jarBefore = othersOf(await cookieJar(session));
    for (const site of BYSTANDER_SITES) expect(jarBefore.filter(ofSite(site)).length).toBeGreaterThanOrEqual(30);
    const storageBefore = await Promise.all(bystanders.map(readStorage));

    const popup = await logOutThroughPopup(session, tab);
    expect(othersOf(await cookieJar(session))).toEqual(jarBefore);
    await popup.getByRole('button', { name: /Undo/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    await tab.waitForURL(session.url('app.shop.test', '/inspect?page=inbox'));

    expect(othersOf(await cookieJar(session))).toEqual(jarBefore);
    expect(await Promise.all(bystanders.map(readStorage))).toEqual(storageBefore);
  });
});

describe('Undo after a shortcut logout (headed Chromium under Xvfb)', () => {
  const browser = useSession({ headed: true });

  it('works from the notification button', async () => {
    const session = browser();
    const tab = await signedInTab(session);
    const tabId = await frontTabId(session, tab);
    const jarBefore = (await cookieJar(session)).filter(ofShop).map(restorable);
    const before = windowsNow(session);

    await pressKeys(session, tab, ['alt+shift+l']);
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    expect((await cookieJar(session)).filter(ofShop)).toEqual([]);
    await clickNotificationButton(session, before);

    await tab.waitForURL(session.url('app.shop.test', '/inspect?page=inbox'));
    await expect.poll(async () => (await cookieJar(session)).filter(ofShop).map(restorable)).toEqual(jarBefore);
    expect(await notificationIds(session)).toContain(`signoff-${tabId}`);
  });

  it('is not lost to a second press of the shortcut, and a popup opened later offers it', async () => {
    const session = browser();
    const tab = await signedInTab(session);
    const tabId = await frontTabId(session, tab);
    const jarBefore = (await cookieJar(session)).filter(ofShop).map(restorable);
    const landings = () => session.site.requests.filter((r) => r.host === 'app.shop.test' && r.path === '/').length;
    const landed = landings();

    await pressKeys(session, tab, ['alt+shift+l']);
    await expect.poll(landings).toBe(landed + 1);
    await expect.poll(() => badgeOf(session, tabId)).toBe('✓');
    await pressKeys(session, tab, ['alt+shift+l']);
    await expect.poll(landings).toBe(landed + 2);

    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: /Undo/ }).click();
    await popup.getByRole('status').filter({ hasText: 'Undone' }).waitFor();
    await tab.waitForURL(session.url('app.shop.test', '/inspect?page=inbox'));
    expect((await cookieJar(session)).filter(ofShop).map(restorable)).toEqual(jarBefore);
  });
});
