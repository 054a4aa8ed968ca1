import type { BrowserContext, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  type Cookie,
  cookieNames,
  cookiesIn,
  DEFAULT_STORE,
  EMPTY_STORAGE,
  logOutByMessage,
  ofSite,
  readStorage,
  readStorageOf,
  type Session,
  type StorageSnapshot,
  seed,
  tabOf,
  useSession,
  waitForUrl,
} from './harness';

const ofShop = ofSite('shop.test');
const SIGN_IN = { parent: 'shop.test', frames: ['widget.tracker.test'], storageFrames: ['accounts.shop.test'] };

/** One cookie store signed in to shop.test: its tab, and what it held before the logout. */
interface SignedIn {
  tab: Page;
  /** The container; the regular store has none. */
  context?: BrowserContext;
  storeId: string;
  cookies: Cookie[];
  storage: StorageSnapshot;
  accounts: StorageSnapshot;
}

async function signIn(session: Session, context?: BrowserContext): Promise<SignedIn> {
  const tab = await seed(session, 'app.shop.test', { ...SIGN_IN, ...(context ? { context } : {}) });
  const { cookieStoreId: storeId } = await tabOf(session, tab);
  const cookies = await cookiesIn(session, storeId);
  expect(cookieNames(cookies)).toEqual(
    expect.arrayContaining(['sid@app.shop.test', 'shared@.shop.test', 'framesid@accounts.shop.test']),
  );
  const storage = await readStorage(tab);
  expect(storage.local).toEqual({ session: 'app.shop.test' });
  const accounts = await readStorageOf(session, 'accounts.shop.test', context);
  expect(accounts.indexedDB).toEqual(['signoff-test']);
  return { tab, ...(context ? { context } : {}), storeId, cookies, storage, accounts };
}

async function expectLoggedOut(session: Session, { tab, storeId, context }: SignedIn) {
  await waitForUrl(tab, session.url('app.shop.test', '/'));
  expect(cookieNames((await cookiesIn(session, storeId)).filter(ofShop))).toEqual([]);
  expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
  expect(await readStorageOf(session, 'accounts.shop.test', context)).toEqual(EMPTY_STORAGE);
}

/** Cookies and storage exactly as they were, and the tab not reloaded. */
async function expectUntouched(session: Session, { tab, storeId, context, cookies, storage, accounts }: SignedIn) {
  expect(await cookiesIn(session, storeId)).toEqual(cookies);
  expect(await readStorage(tab)).toEqual(storage);
  expect(await readStorageOf(session, 'accounts.shop.test', context)).toEqual(accounts);
  expect(await tab.$eval('h1', (heading) => heading.textContent)).toBe('app.shop.test');
}

/**
 * Firefox containers are BiDi user contexts: puppeteer's
 * `createBrowserContext()` makes one (measured on ESR 153: its tabs have the
 * cookieStoreId `firefox-container-N`, and SignOff's cookies API reads that
 * store), and closing the context removes it.
 */
describe('Firefox containers', () => {
  const browser = useSession();

  async function signedInThrice(session: Session) {
    const outside = await signIn(session);
    const home = await signIn(session, await session.browser.createBrowserContext());
    const work = await signIn(session, await session.browser.createBrowserContext());
    expect(outside.storeId).toBe(DEFAULT_STORE);
    expect([home.storeId, work.storeId]).toEqual([
      expect.stringMatching(/^firefox-container-\d+$/),
      expect.stringMatching(/^firefox-container-\d+$/),
    ]);
    expect(home.storeId).not.toBe(work.storeId);
    session.site.requests.length = 0;
    return { outside, home, work };
  }

  it('a logout in one container leaves the site signed in in another container and outside containers', async () => {
    const session = browser();
    const { outside, home, work } = await signedInThrice(session);

    await logOutByMessage(session, work.tab, 'shop.test');

    // The other stores first: a session lost there is the worse failure.
    await expectUntouched(session, home);
    await expectUntouched(session, outside);
    await expectLoggedOut(session, work);
    // Tabs of other stores hold other sessions: the logout does not reload them.
    expect(session.site.requests.filter((request) => request.path === '/seed')).toEqual([]);
  });

  it('a logout outside containers leaves the site signed in in every container', async () => {
    const session = browser();
    const { outside, home, work } = await signedInThrice(session);

    await logOutByMessage(session, outside.tab, 'shop.test');

    await expectUntouched(session, home);
    await expectUntouched(session, work);
    await expectLoggedOut(session, outside);
    expect(session.site.requests.filter((request) => request.path === '/seed')).toEqual([]);
  });
});
