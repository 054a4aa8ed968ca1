import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowInPrivateWindows,
  cookiesInStore,
  importSettingsFile,
  launchWithExtension,
  openOptions,
  openPopupIn,
  PRIVATE_STORE,
  readPrivateStorage,
  readStorage,
  resetExtension,
  type Session,
  seed,
  seedPrivate,
  sendToSignOff,
  urlOfTab,
} from './harness';

const REGULAR_STORE = '0';

/**
 * The same site signed in to in a normal and a private window: a logout in
 * either clears the session of its own window's cookie store and leaves the
 * other signed in.
 */
describe('logging out in private windows, in real Chromium', () => {
  let session: Session;
  const profileDir = mkdtempSync(join(tmpdir(), 'signoff-private-'));

  beforeAll(async () => {
    const first = await launchWithExtension({ profileDir });
    const { extensionId } = first;
    await first.close();
    allowInPrivateWindows(profileDir, extensionId);
    session = await launchWithExtension({ profileDir });
    expect(await session.worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess())).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  const signedInTwice = async () => {
    await resetExtension(session);
    const normal = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const privateTab = await seedPrivate(session, 'app.shop.test', 'shop.test');
    const privateBystander = await seedPrivate(session, 'www.other.test', 'other.test');
    const before = {
      normal: await cookiesInStore(session, REGULAR_STORE, 'shop.test'),
      private: await cookiesInStore(session, PRIVATE_STORE, 'shop.test'),
      privateOther: await cookiesInStore(session, PRIVATE_STORE, 'other.test'),
    };
    // Both windows really are signed in, each with its own cookies.
    expect(before.normal).toContain('sid@app.shop.test');
    expect(before.private).toContain('sid@app.shop.test');
    expect(before.private).toContain('__Host-chip@app.shop.test in https://shop.test');
    expect((await readPrivateStorage(session, privateTab)).local).toEqual({ session: 'app.shop.test' });
    return { normal, privateTab, privateBystander, before };
  };

  it('a logout in the private window clears its session there, and leaves the normal window signed in', async () => {
    const { normal, privateTab, privateBystander, before } = await signedInTwice();
    const normalStorage = await readStorage(normal);
    const bystanderStorage = await readPrivateStorage(session, privateBystander);

    // The real popup, opened in the private window over its tab.
    const windowId = await session.worker.evaluate(
      async (id) => (await chrome.tabs.update(id, { active: true }))?.windowId,
      privateTab,
    );
    const popup = await openPopupIn(session, windowId);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();
    await popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' }).waitFor();

    expect(await cookiesInStore(session, PRIVATE_STORE, 'shop.test')).toEqual([]);
    const privateStorage = await readPrivateStorage(session, privateTab);
    expect(privateStorage.local).toEqual({});
    expect(privateStorage.session).toEqual({});
    expect(privateStorage.indexedDB).toEqual([]);
    expect(privateStorage.caches).toEqual([]);
    expect(await urlOfTab(session, privateTab)).toBe(session.url('app.shop.test', '/'));
    // The normal window's session, and another site in the private window, are as they were.
    expect(await cookiesInStore(session, REGULAR_STORE, 'shop.test')).toEqual(before.normal);
    expect(await readStorage(normal)).toEqual(normalStorage);
    expect(await cookiesInStore(session, PRIVATE_STORE, 'other.test')).toEqual(before.privateOther);
    expect(await readPrivateStorage(session, privateBystander)).toEqual(bystanderStorage);
  });

  it('a logout in the normal window leaves the private window signed in', async () => {
    const { normal, privateTab, before } = await signedInTwice();
    const privateStorage = await readPrivateStorage(session, privateTab);

    // Asked as the popup asks, from one of SignOff's pages, for the normal window's tab.
    const tabId = await session.worker.evaluate(
      async (url) => (await chrome.tabs.query({ url })).find((tab) => !tab.incognito)?.id,
      normal.url(),
    );
    const options = await openOptions(session);
    const report = await sendToSignOff(options, { type: 'logout', payload: { tabId } });
    expect(JSON.stringify(report)).toContain('"site":"shop.test"');
    await normal.waitForURL(session.url('app.shop.test', '/'));

    expect(await cookiesInStore(session, REGULAR_STORE, 'shop.test')).toEqual([]);
    expect((await readStorage(normal)).local).toEqual({});
    expect(await cookiesInStore(session, PRIVATE_STORE, 'shop.test')).toEqual(before.private);
    expect(await readPrivateStorage(session, privateTab)).toEqual(privateStorage);
    expect(await urlOfTab(session, privateTab)).toBe(session.url('app.shop.test', '/seed?parent=shop.test'));
  });

  it('closing the site’s last private tab logs out the private session, and leaves the normal window signed in', async () => {
    const { normal, privateTab, privateBystander, before } = await signedInTwice();
    const normalStorage = await readStorage(normal);
    const bystanderStorage = await readPrivateStorage(session, privateBystander);
    const options = await openOptions(session);
    const rules = { version: 1, sites: [{ site: 'shop.test', autoLogout: 'onLastTabClosed' }] };
    await importSettingsFile(options, JSON.stringify(rules));
    await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor();

    await session.worker.evaluate((id) => chrome.tabs.remove(id), privateTab);
    await expect.poll(() => cookiesInStore(session, PRIVATE_STORE, 'shop.test'), { timeout: 15_000 }).toEqual([]);
    // The normal window still shows the site: its session is its own, and stays.
    expect(await cookiesInStore(session, REGULAR_STORE, 'shop.test')).toEqual(before.normal);
    expect(await readStorage(normal)).toEqual(normalStorage);
    expect(await cookiesInStore(session, PRIVATE_STORE, 'other.test')).toEqual(before.privateOther);
    expect(await readPrivateStorage(session, privateBystander)).toEqual(bystanderStorage);
    // No rule is left to log anything out as the next test closes its tabs.
    await importSettingsFile(options, JSON.stringify({ version: 1, sites: [] }));
    await options.getByRole('status').filter({ hasText: 'Imported 0' }).waitFor();
  });
});
