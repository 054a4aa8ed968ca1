import { existsSync, mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ID } from '../../scripts/manifests.mjs';
import {
  cookieJar,
  importSettingsFile,
  launchWithExtension,
  logOutThroughPopup,
  ofSite,
  openOptions,
  openPopupOver,
  type Session,
  seed,
} from './harness';

// Debian's Chromium reads the policies an organisation sets from JSON files in
// this directory. The test writes a file of its own there, never reads or
// touches any other, and removes it (and any folder it made) when it ends.
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `signoff-e2e-${process.pid}.json`);

function writePolicy(policy: object): void {
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_ID]: policy } } }));
}

/** Makes the policy folders that are missing, and returns the ones it made, deepest first, to remove after. */
function makePolicyDir(): string[] {
  const made: string[] = [];
  for (let dir = POLICY_DIR; !existsSync(dir); dir = join(dir, '..')) made.push(dir);
  mkdirSync(POLICY_DIR, { recursive: true });
  return made;
}

async function importRules(options: Page, sites: unknown[]): Promise<void> {
  await importSettingsFile(options, JSON.stringify({ version: 1, sites }));
  await options.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
}

describe('rules an organisation sets by policy, in real Chromium', () => {
  let made: string[] = [];
  let session: Session | undefined;
  let loginUrl = '';
  const browser = () => {
    if (!session) throw new Error('The browser did not start');
    return session;
  };

  beforeAll(async () => {
    made = makePolicyDir();
    // The port is known only once the test site runs: the policy names a placeholder that the first launch replaces.
    writePolicy({});
    session = await launchWithExtension();
    expect(session.extensionId).toBe(CHROMIUM_ID);
    loginUrl = session.url('accounts.shop.test', '/login?by=policy');
    // The user's own rule for the site the policy will set a rule for.
    const options = await openOptions(session);
    await importRules(options, [{ site: 'shop.test', loginUrl: session.url('app.shop.test', '/mine') }]);
    await options.close();
    writePolicy({
      sites: [
        { site: 'shop.test', loginUrl, relatedSites: ['tracker.test'] },
        { site: 'bad.test', loginUrl: 'javascript:alert(1)' },
      ],
    });
  });

  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      rmSync(POLICY_FILE, { force: true });
      for (const dir of made) rmdirSync(dir);
    }
  });

  it('shows the managed rule read-only, reports the invalid one, and keeps the user’s own rule stored but unused', async () => {
    const session = browser();
    const options = await openOptions(session);
    // Chromium reads policy files again within seconds, and SignOff hears of the change.
    const managed = options.locator('.policy-mark').filter({ hasText: 'Set by your organization' });
    await expect.poll(() => managed.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => options.locator('main').innerText()).toContain('bad.test');
    const alert = options.getByRole('alert').filter({ hasText: 'bad.test' });
    expect(await alert.innerText()).toContain('javascript:');
    // The user's own rule for the site is there, editable, and said to be unused.
    expect(await options.getByRole('button', { name: 'Edit the rule for shop.test' }).count()).toBe(1);
    expect(await options.locator('main').innerText()).toContain('Not in use');
  });

  it('logs out by the managed rule: its login page and its related site, though the user has a rule of their own', async () => {
    const session = browser();
    const bystander = await seed(session, 'www.other.test', { parent: 'other.test' });
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test', frames: ['widget.tracker.test'] });
    // A tab of the related site, on a page that writes nothing itself (a logout reloads it).
    const related = await seed(session, 'www.tracker.test', { parent: 'tracker.test' });
    await related.goto(session.url('www.tracker.test', '/inspect'));
    const othersBefore = (await cookieJar(session)).filter(ofSite('other.test'));
    const popup = await openPopupOver(session, tab);
    await expect.poll(() => popup.locator('main').innerText()).toContain(loginUrl);
    expect(await popup.getByRole('button', { name: 'Use this page as login page' }).isDisabled()).toBe(true);
    expect(await popup.locator('main').innerText()).toContain('Set by your organization');

    await logOutThroughPopup(session, tab);
    await tab.waitForURL(loginUrl);
    const jar = await cookieJar(session);
    expect(jar.filter(ofSite('shop.test'))).toEqual([]);
    expect(jar.filter(ofSite('tracker.test'))).toEqual([]);
    expect(jar.filter(ofSite('other.test'))).toEqual(othersBefore);
    await bystander.close();
  });

  it('with lockRules, offers no way to add, edit, import or remove rules, says why, and still exports', async () => {
    const session = browser();
    writePolicy({ sites: [{ site: 'shop.test', loginUrl }], lockRules: true });
    const options = await openOptions(session);
    await expect
      .poll(() => options.locator('main').innerText(), { timeout: 60_000 })
      .toContain('Your organization manages the rules');
    // The keep list's own Add stays: it is not a rule.
    for (const name of [/^Add a rule/, /^Edit/, /^Remove the rule/, /^Import/]) {
      expect(await options.getByRole('button', { name }).count()).toBe(0);
    }
    // What Export writes (the user's own rules only) is checked in tests/unit/options-policy.test.tsx.
    expect(await options.getByRole('button', { name: 'Export' }).isEnabled()).toBe(true);
    // Nor does the popup change a login page, even of a site the policy has no rule for.
    const tab = await seed(session, 'www.other.test', { parent: 'other.test' });
    const popup = await openPopupOver(session, tab);
    await expect.poll(() => popup.locator('main').innerText()).toContain('www.other.test');
    expect(await popup.getByRole('button', { name: 'Use this page as login page' }).isDisabled()).toBe(true);
  });
});
