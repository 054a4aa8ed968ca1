import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  type Cookie,
  cookieNames,
  cookiesIn,
  DEFAULT_STORE,
  EMPTY_STORAGE,
  frameOn,
  inExtension,
  logOutByMessage,
  ofSite,
  PRIVATE_STORE,
  readStorage,
  readStorageInWindow,
  type Session,
  type StorageSnapshot,
  seed,
  seedPath,
  seedPrivate,
  type TabInfo,
  tabOf,
  useSession,
  waitForUrl,
} from './harness';

const ofShop = ofSite('shop.test');
const SIGN_IN = { parent: 'shop.test', frames: ['widget.tracker.test'], storageFrames: ['accounts.shop.test'] };

interface Window {
  tab: Page;
  info: TabInfo;
  cookies: Cookie[];
  storage: StorageSnapshot;
  frameStorage: StorageSnapshot;
}

/** shop.test signed in in a normal window and in a private window, each checked to hold its own session. */
async function signedInTwice(session: Session): Promise<{ normal: Window; private: Window }> {
  // The normal window first: Firefox opens new tabs in the window used last.
  const normalTab = await seed(session, 'app.shop.test', SIGN_IN);
  const privateTab = await seedPrivate(session, 'app.shop.test', SIGN_IN);
  const windowOf = async (tab: Page, store: string): Promise<Window> => {
    const cookies = await cookiesIn(session, store);
    expect(cookieNames(cookies)).toEqual(
      expect.arrayContaining([
        'sid@app.shop.test',
        'shared@.shop.test',
        'framesid@accounts.shop.test',
        '__Host-chip@app.shop.test in https://shop.test',
        'chip@widget.tracker.test in https://shop.test',
      ]),
    );
    const storage = await readStorage(tab);
    expect(storage.local).toEqual({ session: 'app.shop.test' });
    const frameStorage = await readStorage(frameOn(tab, 'accounts.shop.test'));
    expect(frameStorage.indexedDB).toEqual(['signoff-test']);
    return { tab, info: await tabOf(session, tab), cookies, storage, frameStorage };
  };
  const windows = {
    normal: await windowOf(normalTab, DEFAULT_STORE),
    private: await windowOf(privateTab, PRIVATE_STORE),
  };
  expect(windows.normal.info).toMatchObject({ incognito: false, cookieStoreId: DEFAULT_STORE });
  expect(windows.private.info).toMatchObject({ incognito: true, cookieStoreId: PRIVATE_STORE });
  expect(windows.private.info.windowId).not.toBe(windows.normal.info.windowId);
  return windows;
}

async function expectLoggedOut(session: Session, { tab, info }: Window) {
  await waitForUrl(tab, session.url('app.shop.test', '/'));
  expect(cookieNames((await cookiesIn(session, info.cookieStoreId)).filter(ofShop))).toEqual([]);
  expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
  expect(await readStorageInWindow(session, info.windowId, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
  expect(await tab.$eval('#state', (state) => state.textContent)).toBe('You are signed out.');
}

async function expectStillSignedIn(session: Session, { tab, info, cookies, storage, frameStorage }: Window) {
  expect(await cookiesIn(session, info.cookieStoreId)).toEqual(cookies);
  expect(tab.url()).toBe(session.url('app.shop.test', seedPath(SIGN_IN)));
  expect(await readStorage(tab)).toEqual(storage);
  expect(await readStorage(frameOn(tab, 'accounts.shop.test'))).toEqual(frameStorage);
}

/**
 * SignOff installed allowed in private windows, which a temporary add-on is
 * not by default: see launchFirefox in scripts/firefox.mjs for the recipe.
 */
describe('private windows', () => {
  const browser = useSession({ allowPrivateBrowsing: true });

  it('SignOff is allowed in private windows', async () => {
    const session = browser();
    expect(await inExtension(session, (api) => api.extension.isAllowedIncognitoAccess())).toBe(true);
  });

  it('a logout in a private window leaves the site signed in in the normal window', async () => {
    const session = browser();
    const windows = await signedInTwice(session);

    await logOutByMessage(session, windows.private.tab, 'shop.test');

    // The other window first: a session lost there is the worse failure.
    await expectStillSignedIn(session, windows.normal);
    await expectLoggedOut(session, windows.private);
  });

  it('a logout in the normal window leaves the site signed in in the private window', async () => {
    const session = browser();
    const windows = await signedInTwice(session);

    await logOutByMessage(session, windows.normal.tab, 'shop.test');

    await expectStillSignedIn(session, windows.private);
    await expectLoggedOut(session, windows.normal);
  });
});
