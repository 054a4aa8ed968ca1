import { describe, expect, it } from 'vitest';
import {
  type Cookie,
  cookieNames,
  cookiesIn,
  EMPTY_STORAGE,
  importRules,
  importSettingsFile,
  logOutByMessage,
  logOutThroughPopup,
  openOptions,
  openPopupOver,
  readStorage,
  readStorageOf,
  seed,
  statusTexts,
  useSession,
  waitFor,
  waitForUrl,
} from './harness';

const onHost = (host: string) => (cookie: Cookie) => cookie.domain.replace(/^\./, '') === host;
const underSite = (site: string) => (cookie: Cookie) => {
  const host = cookie.domain.replace(/^\./, '');
  return host === site || host.endsWith(`.${site}`) || cookie.partitionKey?.topLevelSite === `https://${site}`;
};

describe('per-site rules and settings files, in real Firefox', () => {
  const browser = useSession();

  it('imports a settings file on the options page, then a logout lands on its loginUrl', async () => {
    const session = browser();
    const loginUrl = session.url('accounts.shop.test', '/login?from=signoff');
    const options = await openOptions(session);
    const file = JSON.stringify({ version: 1, sites: [{ site: 'shop.test', loginUrl }] });

    await importSettingsFile(session, options, file, 'my-rules.json');

    await waitFor(
      async () => (await statusTexts(options)).some((text) => text.includes('Imported 1 rule from my-rules.json')),
      'the options page to confirm the import',
    );
    await options.waitForSelector('::-p-text(shop.test)');
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const popup = await openPopupOver(session, tab);
    expect(await popup.text()).toContain(loginUrl);
    expect(await popup.text()).toContain('for shop.test');
    await logOutThroughPopup(session, tab, 'shop.test');

    await waitForUrl(tab, loginUrl);
    expect(cookieNames((await cookiesIn(session)).filter(underSite('shop.test')))).toEqual([]);
  });

  it('visits logoutUrl with the session cookie first, then the login page without it', async () => {
    const session = browser();
    const loginUrl = session.url('app.shop.test', '/login');
    const logoutUrl = session.url('app.shop.test', '/logout');
    await importRules(session, [{ site: 'shop.test', loginUrl, logoutUrl }]);
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    session.site.requests.length = 0;

    const report = await logOutByMessage(session, tab, 'shop.test');
    await waitForUrl(tab, loginUrl);

    const requests = session.site.requests.filter((r) => r.host === 'app.shop.test');
    const logoutAt = requests.findIndex((r) => r.path === '/logout');
    const loginAt = requests.findIndex((r, index) => index > logoutAt && r.path === '/login');
    expect(logoutAt).toBeGreaterThanOrEqual(0);
    expect(requests[logoutAt]?.cookie).toContain('sid=app.shop.test');
    expect(loginAt).toBeGreaterThan(logoutAt);
    expect(requests[loginAt]?.cookie).not.toContain('sid=');
    expect(report.notes.join(' ')).not.toContain('did not finish');
    expect(cookieNames((await cookiesIn(session)).filter(underSite('shop.test')))).toEqual([]);
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
    const before = await cookiesIn(session);
    expect(before.filter(onHost('sso.idp.test')).length).toBeGreaterThan(0);
    expect(before.filter(onHost('www.idp.test')).length).toBeGreaterThan(0);
    expect((await readStorage(sso)).local).toEqual({ session: 'sso.idp.test' });
    const untouched = (cookie: Cookie) => !underSite('shop.test')(cookie) && !onHost('sso.idp.test')(cookie);
    const neighbourStorage = await readStorage(neighbour);
    const bystanderStorage = await readStorage(bystander);

    await logOutThroughPopup(session, tab, 'shop.test');
    await waitForUrl(tab, session.url('app.shop.test', '/'));

    const after = await cookiesIn(session);
    expect(cookieNames(after.filter(underSite('shop.test')))).toEqual([]);
    expect(cookieNames(after.filter(onHost('sso.idp.test')))).toEqual([]);
    expect(after).toEqual(before.filter(untouched));
    expect(await readStorageOf(session, 'sso.idp.test')).toEqual(EMPTY_STORAGE);
    expect(await readStorage(neighbour)).toEqual(neighbourStorage);
    expect(await readStorage(bystander)).toEqual(bystanderStorage);
    expect(sso.isClosed()).toBe(false);
  });
});
