import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allCookies,
  EMPTY_STORAGE,
  frontTabId,
  importRules,
  logOutThroughPopup,
  ofSite,
  readStorage,
  readStorageOf,
  seed,
  sendToSignOff,
  useSession,
} from './harness';

const ofShop = ofSite('shop.test');
const frameOn = (page: Page, host: string) => {
  const frame = page.frames().find((candidate) => new URL(candidate.url()).hostname === host);
  if (!frame) throw new Error(`No frame of ${host} in ${page.url()}`);
  return frame;
};

describe('the last places a session hides, in real Chromium', () => {
  const browser = useSession();

  it('logs out again when asked again 1.5 s after a logout ended', async () => {
    const session = browser();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    await logOutThroughPopup(session, tab);
    await tab.waitForURL(session.url('app.shop.test', '/'));
    await tab.evaluate(() => {
      // biome-ignore lint/suspicious/noDocumentCookie: the page writes a cookie the way sites do.
      document.cookie = 'again=1; Path=/; Secure';
      localStorage.setItem('again', '1');
    });
    await new Promise((done) => setTimeout(done, 1_500));
    session.site.requests.length = 0;

    const popup = await logOutThroughPopup(session, tab);

    expect(await popup.getByRole('status').first().innerText()).toContain('Cleared 1 cookie');
    await expect.poll(() => session.site.requests.filter((r) => r.path === '/').length).toBe(1);
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
    await tab.waitForLoadState('load');
    expect(await tab.evaluate(() => localStorage.getItem('again'))).toBeNull();
  });

  it('does not let pages that write their session back every 200 ms win', async () => {
    const session = browser();
    // Signed in, then the page that signed in is gone: reloading it would sign in again.
    await (await seed(session, 'app.shop.test', { parent: 'shop.test' })).close();
    const pages = [await session.context.newPage(), await session.context.newPage()];
    for (const page of pages) await page.goto(session.url('app.shop.test', '/fight'));
    const [other, tab] = pages as [Page, Page];
    // Both pages hold the session and are writing it back.
    await expect.poll(() => session.site.requests.filter((r) => r.path === '/refresh').length).toBeGreaterThan(4);

    await logOutThroughPopup(session, tab);
    await new Promise((done) => setTimeout(done, 3_000));

    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
    expect(await readStorageOf(session, 'app.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await other.locator('#state').innerText()).toBe('Signed out');
  });

  it("clears the site's frames inside another site's tab, and nothing of that site or a third", async () => {
    const session = browser();
    const embedding = await seed(session, 'www.other.test', {
      parent: 'other.test',
      storageFrames: ['accounts.shop.test', 'widget.tracker.test'],
    });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const embedded = await readStorage(frameOn(embedding, 'accounts.shop.test'));
    expect(embedded.local).toEqual({ session: 'accounts.shop.test' });
    const embeddingBefore = await readStorage(embedding);
    const thirdBefore = await readStorage(frameOn(embedding, 'widget.tracker.test'));
    expect(thirdBefore.indexedDB).toEqual(['signoff-test']);

    const popup = await logOutThroughPopup(session, tab);

    expect(await popup.getByRole('status').first().innerText()).toContain('its data inside 1 page of other sites');
    expect(embedded.serviceWorkers).toHaveLength(1);
    expect(await readStorage(frameOn(embedding, 'accounts.shop.test'))).toEqual(EMPTY_STORAGE);
    expect(await readStorage(embedding)).toEqual(embeddingBefore);
    expect(await readStorage(frameOn(embedding, 'widget.tracker.test'))).toEqual(thirdBefore);
  });

  it.each([
    [
      'a name that does not resolve',
      (port: number) => `https://login.nowhere.invalid:${port}/`,
      'did not load (net::ERR_NAME_NOT_RESOLVED)',
    ],
    [
      'a TLS handshake that fails',
      (_port: number, plainPort: number) => `https://app.shop.test:${plainPort}/`,
      'did not load (net::ERR_SSL_PROTOCOL_ERROR)',
    ],
    ['a server error', (port: number) => `https://app.shop.test:${port}/error`, 'answered with an error (HTTP 500)'],
  ])('tells the user when the login page fails (%s), and the site stays logged out', async (_case, loginUrl, told) => {
    const session = browser();
    await (
      await importRules(session, [{ site: 'shop.test', loginUrl: loginUrl(session.site.port, session.site.plainPort) }])
    ).close();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });

    const popup = await logOutThroughPopup(session, tab);

    const report = await popup.getByRole('status').first().innerText();
    expect(report).toContain(told);
    expect(report).toContain('You are logged out all the same');
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
  });

  it('loads afresh a login page that differs from the page only by its #fragment', async () => {
    const session = browser();
    const page = session.url('app.shop.test', '/inspect');
    await (await importRules(session, [{ site: 'shop.test', loginUrl: `${page}#signin` }])).close();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    await tab.goto(page);
    const loads = () => session.site.requests.filter((r) => r.host === 'app.shop.test' && r.path === '/inspect').length;
    const before = loads();

    const popup = await logOutThroughPopup(session, tab);

    expect(await popup.getByRole('status').first().innerText()).toContain(`Now at ${page}#signin.`);
    expect(loads()).toBe(before + 1);
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
  });

  it('finishes the clearing, and says so, when the tab is closed halfway', async () => {
    const session = browser();
    const options = await importRules(session, [
      { site: 'shop.test', logoutUrl: session.url('app.shop.test', '/delayed-logout?ms=1500') },
    ]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const tabId = await frontTabId(session, tab);

    const answer = sendToSignOff(options, { type: 'logout', payload: { tabId } });
    await expect.poll(() => session.site.requests.some((r) => r.path === '/delayed-logout')).toBe(true);
    await tab.close();

    expect(await answer).toMatchObject({
      answer: {
        site: 'shop.test',
        landing: { outcome: 'tabClosed' },
        notes: [expect.stringContaining('The tab was closed while')],
      },
    });
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
    expect(await readStorageOf(session, 'app.shop.test')).toEqual(EMPTY_STORAGE);
    await options.close();
  });
});
