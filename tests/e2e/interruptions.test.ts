import { describe, expect, it } from 'vitest';
import {
  allCookies,
  frontTabId,
  importRules,
  ofSite,
  openPopupOver,
  type Session,
  seed,
  sendToSignOff,
  stopServiceWorker,
  useSession,
} from './harness';

const ofShop = ofSite('shop.test');

/** A signed-in tab whose rule's logout page answers only after a while, so that the logout can be interrupted. */
async function slowLogoutSetup(session: Session) {
  const options = await importRules(session, [
    { site: 'shop.test', logoutUrl: session.url('app.shop.test', '/delayed-logout?ms=2000') },
  ]);
  const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
  expect((await allCookies(session)).filter(ofShop).length).toBeGreaterThan(3);
  session.site.requests.length = 0;
  const logoutPageRequested = () => session.site.requests.some((r) => r.path === '/delayed-logout');
  return { options, tab, logoutPageRequested };
}

// Each test has a browser of its own: a stopped worker leaves Playwright's handle on it dead.
describe('the browser stops the service worker halfway through a logout started in the popup', () => {
  const browser = useSession();

  it('the popup finishes the logout and reports it', async () => {
    const session = browser();
    const { options, tab, logoutPageRequested } = await slowLogoutSetup(session);
    await options.close();
    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: 'Log out of shop.test' }).click();
    await expect.poll(logoutPageRequested).toBe(true);

    await stopServiceWorker(session, tab);

    const report = popup.getByRole('status').filter({ hasText: 'Logged out of shop.test' });
    await report.waitFor({ timeout: 30_000 });
    expect(await report.innerText()).toContain('The browser stopped SignOff halfway through this logout');
    await tab.waitForURL(session.url('app.shop.test', '/'));
    expect((await allCookies(session)).filter(ofShop)).toEqual([]);
  });
});

describe('the browser stops the service worker halfway through a logout that no SignOff page waits for', () => {
  const browser = useSession();

  it('the logout finishes by itself and a notification says so', async () => {
    const session = browser();
    const { options, tab, logoutPageRequested } = await slowLogoutSetup(session);
    const tabId = await frontTabId(session, tab);
    // The page that asked closes below, so no answer is awaited.
    sendToSignOff(options, { type: 'logout', payload: { tabId } }).catch(() => undefined);
    await expect.poll(logoutPageRequested).toBe(true);
    await options.close();

    await stopServiceWorker(session, tab);

    await tab.waitForURL(session.url('app.shop.test', '/'), { timeout: 45_000 });
    await expect.poll(async () => (await allCookies(session)).filter(ofShop), { timeout: 10_000 }).toEqual([]);
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    await expect
      .poll(() => page.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
      .toContain(`signoff-${tabId}`);
    const badgeTitle = await page.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(badgeTitle).toContain('The browser stopped SignOff halfway through this logout');
  });
});
