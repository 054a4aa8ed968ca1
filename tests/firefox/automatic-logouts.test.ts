import { describe, expect, it } from 'vitest';
import {
  cookieNames,
  cookiesIn,
  EMPTY_STORAGE,
  importRules,
  ofSite,
  readStorage,
  readStorageOf,
  type Session,
  type StorageSnapshot,
  seed,
  useSession,
  waitFor,
} from './harness';

/** What Firefox clears of a site with no page of it open: all but Cache Storage and service workers. */
const withoutPageScriptKinds = ({ caches: _caches, serviceWorkers: _workers, ...rest }: StorageSnapshot) => rest;
const EMPTIED = withoutPageScriptKinds(EMPTY_STORAGE);

const cookiesOf = async (session: Session, site: string) => (await cookiesIn(session)).filter(ofSite(site));

describe('automatic logouts, in real Firefox', () => {
  const browser = useSession();

  it('logs a site out when its last tab closes, and leaves a bystander alone', async () => {
    const session = browser();
    const options = await importRules(session, [{ site: 'shop.test', autoLogout: 'onLastTabClosed' }]);
    await options.close();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const first = await seed(session, 'app.shop.test', { parent: 'shop.test', storageFrames: ['accounts.shop.test'] });
    const second = await session.browser.newPage();
    await second.goto(session.url('www.shop.test', '/inspect'));
    const otherBefore = cookieNames(await cookiesOf(session, 'other.test'));
    const bystanderStorage = await readStorage(bystander);
    expect((await cookiesOf(session, 'shop.test')).length).toBeGreaterThan(3);

    // One of the site's two tabs closes: the site is still open, and stays signed in.
    await first.close();
    // Nothing is to happen: time for SignOff to hear of the closed tab, and to do nothing about it.
    await new Promise((done) => setTimeout(done, 1500));
    expect((await cookiesOf(session, 'shop.test')).length).toBeGreaterThan(3);

    await second.close();
    await waitFor(
      async () => (await cookiesOf(session, 'shop.test')).length === 0,
      'shop.test to be logged out',
      15_000,
    );
    // Firefox clears Cache Storage and service workers only by page scripts in the site's open pages, and none is
    // open now: those two stay (README, "Firefox"). Everything else that keeps the session is gone.
    expect(withoutPageScriptKinds(await readStorageOf(session, 'app.shop.test'))).toEqual(EMPTIED);
    expect(withoutPageScriptKinds(await readStorageOf(session, 'accounts.shop.test'))).toEqual(EMPTIED);
    expect(cookieNames(await cookiesOf(session, 'other.test'))).toEqual(otherBefore);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
  });
});
