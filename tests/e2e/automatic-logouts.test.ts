import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  assignShortcut,
  cookieJar,
  EMPTY_STORAGE,
  type FullCookie,
  importSettingsFile,
  launchWithExtension,
  notificationIds,
  ofSite,
  openOptions,
  openPopupOver,
  pressKeys,
  readStorage,
  readStorageOf,
  restorable,
  type Session,
  seed,
  stopServiceWorker,
  useSession,
} from './harness';

/** Imports a whole settings file through the options page, as a user does. */
async function importSettings(session: Session, settings: object): Promise<void> {
  const options = await openOptions(session);
  await importSettingsFile(options, JSON.stringify({ version: 1, ...settings }));
  await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await options.close();
}

const cookiesOf = async (session: Session, site: string) => (await cookieJar(session)).filter(ofSite(site));

describe('automatic logouts, in real Chromium', () => {
  const browser = useSession();

  it('logs a site out when its last tab closes, and leaves a bystander and a site still open alone', async () => {
    const session = browser();
    await importSettings(session, {
      sites: [
        { site: 'shop.test', autoLogout: 'onLastTabClosed' },
        { site: 'demo.test', autoLogout: 'onLastTabClosed' },
      ],
    });
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const stillOpen = await seed(session, 'app.demo.test', { parent: 'demo.test' });
    const first = await seed(session, 'app.shop.test', { parent: 'shop.test', storageFrames: ['accounts.shop.test'] });
    const second = await session.context.newPage();
    await second.goto(session.url('www.shop.test', '/inspect'));
    const otherBefore = (await cookieJar(session)).filter(ofSite('other.test')).map(restorable);
    const demoBefore = (await cookiesOf(session, 'demo.test')).map(restorable);
    const [bystanderStorage, demoStorage] = [await readStorage(bystander), await readStorage(stillOpen)];
    expect((await cookiesOf(session, 'shop.test')).length).toBeGreaterThan(3);

    const popup = await openPopupOver(session, first);
    await expect.poll(() => popup.locator('main').innerText()).toContain('when its last tab closes');
    await popup.close();

    // One of the site's two tabs closes: the site is still open, and stays signed in.
    await first.close();
    // Nothing is to happen: time for SignOff to hear of the closed tab, and to do nothing about it.
    await new Promise((done) => setTimeout(done, 1500));
    expect((await cookiesOf(session, 'shop.test')).length).toBeGreaterThan(3);

    await second.close();
    await expect.poll(() => cookiesOf(session, 'shop.test'), { timeout: 15_000 }).toEqual([]);
    expect(await readStorageOf(session, 'app.shop.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorageOf(session, 'accounts.shop.test')).toEqual(EMPTY_STORAGE);
    expect((await cookiesOf(session, 'other.test')).map(restorable)).toEqual(otherBefore);
    expect((await cookiesOf(session, 'demo.test')).map(restorable)).toEqual(demoBefore);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
    expect(await readStorage(stillOpen)).toEqual(demoStorage);
    await importSettings(session, { sites: [] });
  });

  it('logs out of all sites but the kept one, sends their tabs to the login page, and Undo brings them all back', async () => {
    const session = browser();
    await importSettings(session, { sites: [], keep: ['www.site1.test'] });
    // The kept site embeds a site to log out of, and is embedded by it: what each keeps in the other's partition is the kept site's.
    const kept = await seed(session, 'www.site1.test', { parent: 'site1.test', frames: ['accounts.shop.test'] });
    const tabs: Record<string, Page> = {};
    for (const host of ['app.shop.test', 'www.other.test', 'app.demo.test']) {
      tabs[host] = await seed(session, host, { parent: host.replace(/^\w+\./, ''), frames: ['widget.site1.test'] });
      await tabs[host].goto(session.url(host, '/inspect?page=inbox'));
    }
    const keptBefore = (await cookiesOf(session, 'site1.test')).map(restorable);
    expect(keptBefore.filter((cookie) => cookie.domain.includes('shop.test')).length).toBeGreaterThan(0);
    expect(
      keptBefore.filter((cookie) => cookie.partitionKey?.topLevelSite === 'https://shop.test').length,
    ).toBeGreaterThan(0);
    const keptStorage = await readStorage(kept);
    const embedded = kept.frames().find((frame) => frame.url().includes('accounts.shop.test'));
    if (!embedded) throw new Error('The kept site embeds no accounts.shop.test frame');
    const embeddedStorage = await readStorage(embedded);
    expect(embeddedStorage.local).not.toEqual({});
    const before = Object.fromEntries(
      await Promise.all(
        ['shop.test', 'other.test', 'demo.test'].map(async (site) => [
          site,
          (await cookiesOf(session, site)).map(restorable),
        ]),
      ),
    );
    const popup = await openPopupOver(session, tabs['app.shop.test'] as Page);
    // What the popup says a logout of its own site would clear: counted again after each change.
    const clears = popup.getByRole('definition').first();
    await expect.poll(() => clears.innerText()).toMatch(/^[1-9]\d* cookies? and saved data/);
    const clearsBefore = await clears.innerText();

    await popup.getByRole('button', { name: 'Log out of all sites' }).click();
    const confirm = popup.getByRole('button', { name: /Confirm/ });
    expect(await confirm.textContent()).toContain('3 sites');
    expect(await popup.locator('main').innerText()).toContain('site1.test');
    await confirm.click();
    const report = popup.getByRole('status').filter({ hasText: 'Logged out of 3 sites' });
    await report.waitFor();
    for (const site of ['shop.test', 'other.test', 'demo.test']) {
      expect(await report.innerText()).toContain(site);
      // What is left of the site is the kept site's: in its partition, or its own in the site's.
      expect((await cookiesOf(session, site)).filter((cookie) => !ofSite('site1.test')(cookie))).toEqual([]);
    }
    for (const [host, tab] of Object.entries(tabs)) {
      await tab.waitForURL(session.url(host, '/'));
      expect(await readStorage(tab)).toEqual(EMPTY_STORAGE);
    }
    expect((await cookiesOf(session, 'site1.test')).map(restorable)).toEqual(keptBefore);
    expect(await readStorage(kept)).toEqual(keptStorage);
    expect(await readStorage(embedded)).toEqual(embeddedStorage);
    // What a logout of shop.test would still clear now is the kept site's: shop.test's cookies in its
    // partition, and its own in shop.test's.
    const cookiesCounted = async () => Number(/^(\d+) cookie/.exec(await clears.innerText())?.[1]);
    const keptOfShop = keptBefore.filter(
      (cookie) => cookie.domain.includes('shop.test') || cookie.partitionKey?.topLevelSite === 'https://shop.test',
    );
    await expect.poll(cookiesCounted).toBe(keptOfShop.length);

    await popup.getByRole('button', { name: 'Undo', exact: true }).click();
    for (const [host, tab] of Object.entries(tabs)) {
      await tab.waitForURL(session.url(host, '/inspect?page=inbox'));
      expect((await readStorage(tab)).local).toEqual({ session: host });
    }
    for (const site of ['shop.test', 'other.test', 'demo.test'])
      expect((await cookiesOf(session, site)).map(restorable)).toEqual(before[site]);
    expect((await cookiesOf(session, 'site1.test')).map(restorable)).toEqual(keptBefore);
    expect(await readStorage(embedded)).toEqual(embeddedStorage);
    await expect.poll(() => clears.innerText()).toBe(clearsBefore);
  });

  it('logs out of a site not used for idleMinutes, though the service worker was stopped meanwhile', async () => {
    const session = browser();
    const loginUrl = session.url('accounts.shop.test', '/login?idle=1');
    await importSettings(session, { sites: [{ site: 'shop.test', loginUrl, autoLogout: { idleMinutes: 1 } }] });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const elsewhere = await seed(session, 'www.other.test', { parent: 'other.test' });
    await elsewhere.bringToFront();
    const otherBefore = (await cookiesOf(session, 'other.test')).map(restorable);
    await stopServiceWorker(session, elsewhere);
    expect((await cookiesOf(session, 'shop.test')).length).toBeGreaterThan(3);

    await tab.waitForURL(loginUrl, { timeout: 150_000 });
    expect(await cookiesOf(session, 'shop.test')).toEqual([]);
    expect((await cookiesOf(session, 'other.test')).map(restorable)).toEqual(otherBefore);
  }, 200_000);
});

describe('automatic logouts at browser start, in real Chromium', () => {
  it('logs out of an onStartup site when the browser starts again, and finishes what a crash left queued', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'signoff-startup-'));
    try {
      const first = await launchWithExtension({ profileDir });
      const port = first.site.port;
      await importSettings(first, {
        sites: [
          { site: 'shop.test', autoLogout: 'onStartup' },
          { site: 'demo.test', autoLogout: 'onLastTabClosed' },
        ],
      });
      for (const host of ['app.shop.test', 'www.other.test', 'app.demo.test'])
        await seed(first, host, { parent: host.replace(/^\w+\./, ''), cookies: 12 });
      // What a browser that crashed halfway through an automatic logout leaves: the logout still queued.
      const page = await openOptions(first);
      await page.evaluate(() =>
        chrome.storage.local.set({
          autoLogoutQueue: [
            {
              id: 'crashed',
              started: true,
              host: 'demo.test',
              storeId: '0',
              reason: 'lastTabClosed',
              sendTabs: false,
              queuedAt: Date.now(),
            },
          ],
        }),
      );
      await first.close();

      const second = await launchWithExtension({ profileDir, port });
      try {
        const persistent = (cookies: FullCookie[]) => cookies.filter((cookie) => !cookie.session);
        await expect.poll(() => cookiesOf(second, 'shop.test'), { timeout: 20_000 }).toEqual([]);
        await expect.poll(() => cookiesOf(second, 'demo.test'), { timeout: 20_000 }).toEqual([]);
        expect(persistent(await cookiesOf(second, 'other.test')).length).toBeGreaterThan(3);
        await expect
          .poll(() => second.worker.evaluate(async () => Object.values(await chrome.notifications.getAll()).length))
          .toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

describe('"Log out of all sites" from the keyboard (headed Chromium under Xvfb)', () => {
  it('runs without asking once the user gives the command a key, keeps the kept site, and says what it did', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'signoff-logout-all-'));
    try {
      const first = await launchWithExtension({ profileDir });
      const { extensionId } = first;
      const port = first.site.port;
      await first.close();
      assignShortcut(profileDir, extensionId, 'logout-all', 'Alt+Shift+K');
      const session = await launchWithExtension({ profileDir, port, headed: true });
      try {
        await importSettings(session, { sites: [], keep: ['site2.test'] });
        const kept = await seed(session, 'www.site2.test', { parent: 'site2.test' });
        await seed(session, 'www.other.test', { parent: 'other.test' });
        const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
        const keptBefore = (await cookiesOf(session, 'site2.test')).map(restorable);
        const keptStorage = await readStorage(kept);

        await pressKeys(session, tab, ['alt+shift+k']);
        await tab.waitForURL(session.url('app.shop.test', '/'));
        await expect.poll(() => cookiesOf(session, 'shop.test')).toEqual([]);
        await expect.poll(() => cookiesOf(session, 'other.test')).toEqual([]);
        expect((await cookiesOf(session, 'site2.test')).map(restorable)).toEqual(keptBefore);
        expect(await readStorage(kept)).toEqual(keptStorage);
        await expect.poll(() => notificationIds(session)).toContain('signoff--1');
      } finally {
        await session.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
