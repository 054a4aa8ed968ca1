import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOGOUT_PAGE_TIMEOUT_MS } from '../../src/core/logout/plan';
import {
  allCookies,
  EMPTY_STORAGE,
  importRules,
  importSettingsFile,
  launchWithExtension,
  logOutThroughPopup,
  openOptions,
  openPopupOver,
  readStorage,
  readStorageOf,
  seed,
  useSession,
} from './harness';

const onHost = (host: string) => (cookie: { domain: string }) => cookie.domain.replace(/^\./, '') === host;
const underSite = (site: string) => (cookie: { domain: string }) => {
  const host = cookie.domain.replace(/^\./, '');
  return host === site || host.endsWith(`.${site}`);
};

/** The settings as the extension holds them, read through its own options page. */
function storedSettings(options: Page) {
  return options.evaluate(() => chrome.runtime.sendMessage({ type: 'getSettings', payload: {} }));
}

describe('per-site rules, the options page and settings files, in real Chromium', () => {
  const browser = useSession();

  it('imports a file through the options page, then a logout lands on its loginUrl', async () => {
    const session = browser();
    const loginUrl = session.url('accounts.shop.test', '/login?from=signoff');
    const options = await importRules(session, [{ site: 'shop.test', loginUrl }]);
    await options.getByRole('heading', { name: 'shop.test', exact: true }).waitFor();

    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await openPopupOver(session, tab);
    await expect.poll(() => popup.locator('main').innerText()).toContain(loginUrl);
    await expect(popup.locator('main').innerText()).resolves.toContain('for shop.test');
    await logOutThroughPopup(session, tab);

    await tab.waitForURL(loginUrl);
    expect((await allCookies(session, tab)).filter(underSite('shop.test'))).toEqual([]);
  });

  it('visits logoutUrl with the session cookie first, then the login page without it', async () => {
    const session = browser();
    const loginUrl = session.url('app.shop.test', '/login');
    const logoutUrl = session.url('app.shop.test', '/logout');
    await importRules(session, [{ site: 'shop.test', loginUrl, logoutUrl }]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    session.site.requests.length = 0;

    const popup = await logOutThroughPopup(session, tab);
    await tab.waitForURL(loginUrl);

    const requests = session.site.requests.filter((r) => r.host === 'app.shop.test');
    const logoutAt = requests.findIndex((r) => r.path === '/logout');
    const loginAt = requests.findIndex((r, index) => index > logoutAt && r.path === '/login');
    expect(logoutAt).toBeGreaterThanOrEqual(0);
    expect(requests[logoutAt]?.cookie).toContain('sid=app.shop.test');
    expect(loginAt).toBeGreaterThan(logoutAt);
    expect(requests[loginAt]?.cookie).not.toContain('sid=');
    expect(await popup.getByRole('status').innerText()).not.toContain('did not finish');
  });

  it('gives up on a logoutUrl that does not load within 10 s, says so, and still logs out', async () => {
    const session = browser();
    const loginUrl = session.url('app.shop.test', '/login');
    await importRules(session, [
      { site: 'shop.test', loginUrl, logoutUrl: session.url('app.shop.test', '/slow-logout') },
    ]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const started = Date.now();

    const popup = await logOutThroughPopup(session, tab);
    await tab.waitForURL(loginUrl);

    expect(Date.now() - started).toBeGreaterThanOrEqual(LOGOUT_PAGE_TIMEOUT_MS - 500);
    expect(await popup.getByRole('status').innerText()).toContain('did not finish loading within 10 s');
    expect((await allCookies(session, tab)).filter(underSite('shop.test'))).toEqual([]);
  });

  it('clears relatedSites too, and leaves their neighbours and bystanders untouched', async () => {
    const session = browser();
    await importRules(session, [{ site: 'shop.test', relatedSites: ['sso.idp.test'] }]);
    const sso = await seed(session, 'sso.idp.test');
    // The logout reloads this tab (the default for other tabs); the seed page would set its cookies again.
    await sso.goto(session.url('sso.idp.test', '/inspect'));
    const neighbour = await seed(session, 'www.idp.test', { parent: 'idp.test' });
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const before = await allCookies(session, tab);
    expect(before.filter(onHost('sso.idp.test')).length).toBeGreaterThan(0);
    const untouched = (cookie: { domain: string }) =>
      !underSite('shop.test')(cookie) && !onHost('sso.idp.test')(cookie);
    const neighbourStorage = await readStorage(neighbour);
    const bystanderStorage = await readStorage(bystander);

    await logOutThroughPopup(session, tab);
    await tab.waitForURL(session.url('app.shop.test', '/'));

    const after = await allCookies(session, tab);
    expect(after.filter(underSite('shop.test'))).toEqual([]);
    expect(after.filter(onHost('sso.idp.test'))).toEqual([]);
    expect(after).toEqual(before.filter(untouched));
    expect(await readStorageOf(session, 'sso.idp.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(neighbour)).toEqual(neighbourStorage);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
    expect(sso.isClosed()).toBe(false);
  });

  it("reloads the site's other tabs by default, and closes them when the rule says so", async () => {
    const session = browser();
    await importRules(session, [{ site: 'shop.test' }, { site: 'other.test', otherTabs: 'close' }]);
    const sibling = await session.context.newPage();
    await sibling.goto(session.url('www.shop.test', '/inspect'));
    await sibling.evaluate(() => {
      (window as unknown as { marker: boolean }).marker = true;
    });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await logOutThroughPopup(session, tab);
    expect(await popup.getByRole('status').innerText()).toContain('Reloaded 1 other tab');
    await expect
      .poll(() => sibling.evaluate(() => (window as unknown as { marker?: boolean }).marker ?? false))
      .toBe(false);

    const otherSibling = await session.context.newPage();
    await otherSibling.goto(session.url('news.other.test', '/inspect'));
    const other = await seed(session, 'www.other.test', { parent: 'other.test' });
    const otherPopup = await logOutThroughPopup(session, other);
    expect(await otherPopup.getByRole('status').innerText()).toContain('Closed 1 other tab');
    await expect.poll(() => otherSibling.isClosed()).toBe(true);
    expect(sibling.isClosed()).toBe(false);
  });

  it('refuses each kind of bad file with a visible reason, and changes nothing', async () => {
    const session = browser();
    const loginUrl = session.url('app.shop.test', '/login?kept=1');
    const options = await importRules(session, [{ site: 'shop.test', loginUrl }]);
    const kept = await storedSettings(options);
    const padding = ' '.repeat(1024 * 1024);
    const badFiles: Array<[string, string, RegExp]> = [
      ['not JSON', '{"version": 1, "sites": [', /The file is not valid JSON/],
      ['unknown version', '{"version": 99, "sites": []}', /Version 99 is unknown/],
      [
        'javascript: login page',
        '{"version": 1, "sites": [{"site": "shop.test"}, {"site": "evil.test", "loginUrl": "javascript:alert(1)"}]}',
        /Rule 2 \(evil\.test\): Login page \(loginUrl\) uses javascript:/,
      ],
      [
        'data: logout URL',
        '{"version": 1, "sites": [{"site": "a.test", "logoutUrl": "data:text/html,x"}]}',
        /Rule 1 \(a\.test\): Server logout URL \(logoutUrl\) uses data:/,
      ],
      [
        'duplicate sites',
        '{"version": 1, "sites": [{"site": "a.test"}, {"site": "A.test"}]}',
        /Rule 2 \(A\.test\): a\.test already has a rule/,
      ],
      ['wrong type', '{"version": 1, "sites": [{"site": 42}]}', /Rule 1: Site must be text\./],
      ['larger than 1 MB', `{"version": 1, "sites": []}${padding}`, /at most 1,048,576 bytes \(1 MB\)/],
    ];
    for (const [label, contents, reason] of badFiles) {
      await importSettingsFile(options, contents, `${label}.json`);
      const alert = options.getByRole('alert').filter({ hasText: `${label}.json was not imported` });
      await alert.waitFor();
      expect(await alert.innerText(), label).toMatch(reason);
      expect(await storedSettings(options), label).toEqual(kept);
    }

    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    await logOutThroughPopup(session, tab);
    await tab.waitForURL(loginUrl);

    // Unknown fields do not refuse a file: they are reported, and Undo puts the previous settings back.
    await importSettingsFile(options, '{"version": 1, "sites": [{"site": "x.test", "colour": "red"}]}', 'notes.json');
    const status = options.getByRole('status').filter({ hasText: 'from notes.json, with 1 note' });
    await status.waitFor();
    expect(await status.innerText()).toContain('Rule 1 (x.test): unknown field "colour" was ignored');
    await status.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await storedSettings(options)).settings).toEqual(kept.settings);
  });

  it('keeps settings in this browser, and says so, when sync refuses them for size', async () => {
    const session = browser();
    const longPath = `/login/${'x'.repeat(1500)}`;
    const sites = Array.from({ length: 120 }, (_, index) => ({
      site: `site${index}.test`,
      loginUrl: `https://site${index}.test${longPath}`,
    }));
    const loginUrl = session.url('app.shop.test', '/login?local=1');
    const options = await openOptions(session);
    await importSettingsFile(
      options,
      JSON.stringify({ version: 1, sites: [...sites, { site: 'shop.test', loginUrl }] }),
    );
    await options.getByRole('status').filter({ hasText: 'Imported 121 rules' }).waitFor();
    await options.getByText('saved in this browser only').waitFor();
    expect((await storedSettings(options)).settings.sites).toHaveLength(121);

    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    await logOutThroughPopup(session, tab);
    await tab.waitForURL(loginUrl);

    await importRules(session, []);
    const reopened = await openOptions(session);
    expect(await reopened.getByText('saved in this browser only').count()).toBe(0);
  });

  it('adds, validates, removes and restores a rule from the keyboard alone', async () => {
    const session = browser();
    await importRules(session, []);
    const options = await openOptions(session);
    const focused = () =>
      options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
    // The starting point: the page's "Add a rule" button, as a Tab would reach it.
    await options.getByRole('button', { name: 'Add a rule' }).focus();
    await options.keyboard.press('Enter');
    // Opening the editor puts the cursor in its first field.
    await options.waitForFunction(() => document.activeElement?.id === 'field-site');
    await options.keyboard.type('Example.COM');
    await options.keyboard.press('Tab');
    await options.keyboard.type('javascript:alert(1)');
    await options.keyboard.press('Enter');

    const login = options.getByLabel('Login page');
    await expect.poll(() => login.getAttribute('aria-invalid')).toBe('true');
    expect(
      await options.getByText('Login page uses javascript: but only http: and https: are allowed').isVisible(),
    ).toBe(true);
    expect(await login.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await storedSettings(options)).settings.sites).toEqual([]);

    await options.keyboard.press('ControlOrMeta+a');
    await options.keyboard.type('https://example.com/signin');
    await options.keyboard.press('Enter');
    await options.getByRole('status').filter({ hasText: 'Saved the rule for example.com' }).waitFor();
    expect((await storedSettings(options)).settings.sites).toEqual([
      { site: 'example.com', loginUrl: 'https://example.com/signin' },
    ]);
    // Focus comes back to the rule that was saved.
    await expect.poll(focused).toBe('Edit the rule for example.com');

    await options.keyboard.press('Tab');
    expect(await focused()).toBe('Remove the rule for example.com');
    await options.keyboard.press('Enter');
    await options.getByRole('status').filter({ hasText: 'Removed the rule for example.com' }).waitFor();
    expect((await storedSettings(options)).settings.sites).toEqual([]);
    await expect.poll(focused).toBe('Undo');
    await options.keyboard.press('Enter');
    await options.getByRole('heading', { name: 'example.com', exact: true }).waitFor();
    expect((await storedSettings(options)).settings.sites).toEqual([
      { site: 'example.com', loginUrl: 'https://example.com/signin' },
    ]);
  });

  it('makes the current page the login page from the popup in one click, and an open options page shows it', async () => {
    const session = browser();
    const options = await importRules(session, []);
    const tab = await session.context.newPage();
    const page = session.url('app.shop.test', '/login?next=%2Fhome');
    await tab.goto(`${page}#token=secret`);
    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: 'Use this page as login page' }).click();
    await popup.getByRole('status').filter({ hasText: 'now lands on this page' }).waitFor();
    expect(await popup.locator('main').innerText()).toContain(page);

    expect((await storedSettings(options)).settings.sites).toEqual([{ site: 'shop.test', loginUrl: page }]);
    await options.getByRole('heading', { name: 'shop.test', exact: true }).waitFor();
  });

  it('refuses to save an edit over a change made elsewhere while the editor was open', async () => {
    const session = browser();
    const options = await importRules(session, [{ site: 'shop.test', loginUrl: session.url('app.shop.test', '/old') }]);
    await options.getByRole('button', { name: 'Edit the rule for shop.test' }).click();
    await options.getByLabel('Server logout URL').fill(session.url('app.shop.test', '/logout'));

    const tab = await session.context.newPage();
    await tab.goto(session.url('app.shop.test', '/login'));
    const popup = await openPopupOver(session, tab);
    await popup.getByRole('button', { name: 'Use this page as login page' }).click();
    await popup.getByRole('status').filter({ hasText: 'now lands on this page' }).waitFor();

    await options.getByRole('button', { name: 'Save rule' }).click();
    await options.getByRole('alert').filter({ hasText: 'was changed elsewhere while you edited it' }).waitFor();
    expect((await storedSettings(options)).settings.sites).toEqual([
      { site: 'shop.test', loginUrl: session.url('app.shop.test', '/login') },
    ]);
  });

  it('keeps stored rules it cannot read, and never saves over them', async () => {
    const session = browser();
    const options = await importRules(session, []);
    await session.worker.evaluate(() =>
      chrome.storage.sync.set({ 'rule:newer.test': { site: 'newer.test', otherTabs: 'hibernate' } }),
    );
    try {
      await options.reload();
      await options.getByRole('alert').filter({ hasText: 'not in use' }).waitFor();

      await options.getByRole('button', { name: 'Add a rule' }).click();
      await options.getByLabel('Site', { exact: true }).fill('added.test');
      await options.getByRole('button', { name: 'Save rule' }).click();
      await options.getByRole('status').filter({ hasText: 'Saved the rule for added.test' }).waitFor();

      const stored = await session.worker.evaluate(() => chrome.storage.sync.get(null));
      expect(stored['rule:newer.test']).toEqual({ site: 'newer.test', otherTabs: 'hibernate' });
      expect(stored['rule:added.test']).toEqual({ site: 'added.test' });
    } finally {
      await session.worker.evaluate(() => chrome.storage.sync.remove('rule:newer.test'));
    }
  });
});

// A browser of its own: Playwright's second connection, which the popup tests open,
// takes over where downloads are saved.
describe('exporting settings', () => {
  const browser = useSession();

  it('edits a rule, then exports the settings as a file that imports back the same', async () => {
    const exporting = browser();
    const options = await importRules(exporting, [{ site: 'example.com', loginUrl: 'https://example.com/old' }]);
    await options.getByRole('button', { name: 'Edit the rule for example.com' }).click();
    await options.getByLabel('Login page').fill('https://example.com/new');
    await options.getByLabel('Related sites').fill('sso.idp.test, login.idp.test');
    await options.getByRole('button', { name: 'Save rule' }).click();
    await options.getByRole('status').filter({ hasText: 'Saved the rule for example.com' }).waitFor();

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('signoff-settings.json');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    const exported = JSON.parse(text);
    expect(exported.version).toBe(1);
    expect(exported.sites).toEqual([
      { site: 'example.com', loginUrl: 'https://example.com/new', relatedSites: ['sso.idp.test', 'login.idp.test'] },
    ]);

    await importRules(exporting, []);
    await importSettingsFile(options, text);
    await options.getByRole('status').filter({ hasText: 'Imported 1 rule' }).waitFor();
    expect((await storedSettings(options)).settings.sites).toEqual(exported.sites);
  });
});

describe('settings across a browser restart', () => {
  it('keeps imported rules in the same profile', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'signoff-restart-'));
    try {
      const first = await launchWithExtension({ profileDir });
      const port = first.site.port;
      const loginUrl = first.url('app.shop.test', '/login?restarted=1');
      await importRules(first, [{ site: 'shop.test', loginUrl }]);
      await first.close();

      const second = await launchWithExtension({ profileDir, port });
      try {
        const options = await openOptions(second);
        await options.getByRole('heading', { name: 'shop.test', exact: true }).waitFor();
        const tab = await seed(second, 'app.shop.test', { parent: 'shop.test' });
        await logOutThroughPopup(second, tab);
        await tab.waitForURL(loginUrl);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
