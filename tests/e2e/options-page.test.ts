import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importRules, importSettingsFile, useSession } from './harness';

/** The settings as the extension holds them, read through its own options page. */
function storedSites(options: Page): Promise<unknown[]> {
  return options.evaluate(async () => {
    const answer = await chrome.runtime.sendMessage({ type: 'getSettings', payload: {} });
    return answer.settings.sites;
  });
}

/** How much of an element the user sees: its box against the viewport, after any scrolling. */
async function inViewport(page: Page, element: Locator) {
  const box = await element.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height && box.x >= 0 && box.x + box.width <= viewport.width;
}

/** The focused element as a screen reader names it (a button's label, or its text). */
const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

const manyRules = Array.from({ length: 40 }, (_, index) => ({
  site: `site${index}.test`,
  loginUrl: `https://site${index}.test/login`,
}));

describe('the options page, far down a long page, in real Chromium', () => {
  const browser = useSession();

  it('shows the saved-rule notice where the user is, and Undo is two Tabs from the focused Edit button', async () => {
    const options = await importRules(browser(), manyRules);
    await options.setViewportSize({ width: 900, height: 700 });
    await options.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // The page is long: the top of the page, where notices used to be, is far out of view.
    expect(await options.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

    await options.getByRole('button', { name: 'Edit the rule for site37.test' }).click();
    await options.getByLabel('Login page').fill('https://site37.test/signin');
    await options.keyboard.press('Enter');

    const saved = options.getByRole('status').filter({ hasText: 'Saved the rule for site37.test.' });
    await saved.waitFor();
    await expect.poll(() => inViewport(options, saved)).toBe(true);
    expect(await options.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    await expect.poll(() => focusedName(options)).toBe('Edit the rule for site37.test');

    await options.keyboard.press('Tab');
    expect(await focusedName(options)).toBe('Remove the rule for site37.test');
    await options.keyboard.press('Tab');
    expect(await focusedName(options)).toBe('Undo');
    expect(await saved.getByRole('button', { name: 'Undo' }).evaluate((undo) => undo === document.activeElement)).toBe(
      true,
    );
    await options.keyboard.press('Enter');

    const undone = options.getByRole('status').filter({ hasText: 'Undone.' });
    await undone.waitFor();
    await expect.poll(() => inViewport(options, undone)).toBe(true);
    expect(await undone.evaluate((notice) => notice === document.activeElement)).toBe(true);
    expect((await storedSites(options))[37]).toEqual(manyRules[37]);
  });

  it('leaves a removed rule’s notice in its place, in view, with focus on its Undo', async () => {
    const options = await importRules(browser(), manyRules);
    await options.setViewportSize({ width: 900, height: 700 });
    await options.getByRole('button', { name: 'Remove the rule for site33.test' }).click();

    const removed = options.getByRole('status').filter({ hasText: 'Removed the rule for site33.test.' });
    await removed.waitFor();
    await expect.poll(() => inViewport(options, removed)).toBe(true);
    await expect.poll(() => focusedName(options)).toBe('Undo');
    const neighbours = await options
      .locator('.rules > li')
      .evaluateAll((items) => items.slice(32, 35).map((item) => item.querySelector('h3, [role]')?.textContent));
    expect(neighbours).toEqual(['site32.test', 'Removed the rule for site33.test. Undo', 'site34.test']);

    await options.keyboard.press('Enter');
    await options.getByRole('heading', { name: 'site33.test', exact: true }).waitFor();
    expect(await storedSites(options)).toHaveLength(40);
  });
});

describe('importing a file in real Chromium', () => {
  const browser = useSession();

  it('says in a few words that a file is not JSON, and where the parser stopped', async () => {
    const options = await importRules(browser(), [{ site: 'kept.test' }]);
    await importSettingsFile(options, '{\n  "version": 1,\n}', 'broken.json');

    const alert = options.getByRole('alert').filter({ hasText: 'broken.json' });
    await alert.waitFor();
    expect(await alert.locator('p, li').allInnerTexts()).toEqual([
      'broken.json was not imported; your settings are unchanged.',
      'The file is not valid JSON (line 3, column 1).',
    ]);
    await expect.poll(() => inViewport(options, alert)).toBe(true);
    expect(await storedSites(options)).toEqual([{ site: 'kept.test' }]);
  });

  it('shows Import as a button that Tab reaches from Export, with a visible focus ring', async () => {
    const options = await importRules(browser(), []);
    const label = options.locator('label', { has: options.getByLabel('Import…', { exact: true }) });
    expect(await label.innerText()).toBe('Import…');
    const ring = () => label.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(await ring()).toBe('none');

    await options.getByRole('button', { name: 'Export' }).focus();
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    expect(await ring()).toBe('solid');
  });
});
