import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  BYSTANDER_HOSTS,
  type Cookie,
  cookieNames,
  cookiesIn,
  EMPTY_STORAGE,
  logOutByMessage,
  logOutThroughPopup,
  ofSite,
  openPopupOver,
  readStorage,
  readStorageOf,
  type Session,
  type StorageSnapshot,
  seed,
  useSession,
  waitForUrl,
} from './harness';

const ofShop = ofSite('shop.test');
const notOfShop = (cookie: Cookie) => !ofShop(cookie);

interface SignedIn {
  tab: Page;
  shopCookies: Cookie[];
  otherCookies: Cookie[];
  bystanders: Page[];
  bystanderStorage: StorageSnapshot[];
}

/**
 * Signs in to shop.test (app.shop.test with a tracker's frame and a frame of
 * its own accounts host) and to bystander sites, one of which embeds
 * shop.test, and checks that every kind of cookie and store a logout must
 * reach really is there.
 */
async function signInEverywhere(session: Session, bystanderHosts: readonly string[]): Promise<SignedIn> {
  const bystanders = [
    await seed(session, 'www.other.test', {
      parent: 'other.test',
      frames: ['widget.tracker.test', 'accounts.shop.test'],
    }),
  ];
  for (const host of bystanderHosts) bystanders.push(await seed(session, host, { parent: host.slice(4), cookies: 12 }));
  const tab = await seed(session, 'app.shop.test', {
    parent: 'shop.test',
    frames: ['widget.tracker.test'],
    storageFrames: ['accounts.shop.test'],
  });
  const before = await cookiesIn(session);
  const shopCookies = before.filter(ofShop);
  expect(cookieNames(shopCookies)).toEqual(
    expect.arrayContaining([
      'sid@app.shop.test', // host-only, HttpOnly, Secure
      'plain@app.shop.test',
      'scoped@app.shop.test', // Path=/account
      'shared@.shop.test', // Domain= parent cookie
      'framesid@accounts.shop.test', // a sibling subdomain's
      '__Host-chip@app.shop.test in https://shop.test', // its own CHIPS
      'chip@widget.tracker.test in https://shop.test', // a third party's in its partition
      // Firefox partitions every third-party cookie (Total Cookie Protection), Partitioned or not.
      'framesid@widget.tracker.test in https://shop.test',
      'chip@accounts.shop.test in https://other.test', // its own, in another site's partition
    ]),
  );
  const otherCookies = before.filter(notOfShop);
  expect(cookieNames(otherCookies)).toEqual(
    expect.arrayContaining([
      'sid@www.other.test',
      'shared@.other.test',
      '__Host-chip@www.other.test in https://other.test',
    ]),
  );
  expect(await readStorage(tab)).toEqual({
    local: { session: 'app.shop.test' },
    session: { session: 'app.shop.test' },
    indexedDB: ['signoff-test'],
    caches: ['signoff-test'],
    serviceWorkers: [session.url('app.shop.test', '/')],
  });
  expect(await readStorageOf(session, 'accounts.shop.test')).toMatchObject({
    local: { session: 'accounts.shop.test' },
    indexedDB: ['signoff-test'],
    caches: ['signoff-test'],
  });
  const bystanderStorage = await Promise.all(bystanders.map(readStorage));
  expect(bystanderStorage[0]?.local).toEqual({ session: 'www.other.test' });
  return { tab, shopCookies, otherCookies, bystanders, bystanderStorage };
}

/** What the user must find after the logout: shop.test signed out everywhere, every other site as it was. */
async function expectLoggedOut(session: Session, { tab, otherCookies, bystanders, bystanderStorage }: SignedIn) {
  await waitForUrl(tab, session.url('app.shop.test', '/'));
  const after = await cookiesIn(session);
  expect(cookieNames(after.filter(ofShop))).toEqual([]);
  expect(after.filter(notOfShop)).toEqual(otherCookies);
  expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
  expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
  expect(await Promise.all(bystanders.map(readStorage))).toEqual(bystanderStorage);
  expect(await tab.$eval('#state', (state) => state.textContent)).toBe('You are signed out.');
}

describe('logging out of a site in real Firefox', () => {
  const browser = useSession();

  it("through the popup's button: every cookie and store of the site goes, other sites stay as they were", async () => {
    const session = browser();
    const world = await signInEverywhere(session, BYSTANDER_HOSTS.slice(0, 3));

    const popup = await openPopupOver(session, world.tab);
    const offer = await popup.text();
    expect(offer).toContain('app.shop.test part of shop.test');
    expect(offer).toContain(`${world.shopCookies.length} cookies`);
    expect(offer).toContain(session.url('app.shop.test', '/'));
    await logOutThroughPopup(session, world.tab, 'shop.test');

    const [result = ''] = (await popup.statuses()).filter((text) => text.includes('Logged out of'));
    expect(result).toContain('Logged out of shop.test');
    expect(result).toContain(`Cleared ${world.shopCookies.length} cookies`);
    expect(result).not.toContain('Still there');
    await expectLoggedOut(session, world);
  });

  it('through the logout message the popup sends, with 20 bystander sites', async () => {
    const session = browser();
    const world = await signInEverywhere(session, BYSTANDER_HOSTS);

    const report = await logOutByMessage(session, world.tab, 'shop.test');

    expect(report.site).toBe('shop.test');
    expect(report.left).toEqual([]);
    await expectLoggedOut(session, world);
  });
});
