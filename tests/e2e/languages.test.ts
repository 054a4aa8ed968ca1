import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCookies, ofSite, openPopupOver, seed, useSession } from './harness';

// Chromium on Linux takes its UI language from LANGUAGE (it ignores --lang
// there), and Debian's chromium speaks only English without chromium-l10n.
const GERMAN_PAK = '/usr/lib/chromium/locales/de.pak';

describe('SignOff in the browser’s language, in real Chromium', () => {
  const browser = useSession({ env: { LANGUAGE: 'de' } });

  it('shows the popup in German in a German browser, and logs out in German', async () => {
    if (!process.env.CHROME_PATH && !existsSync(GERMAN_PAK)) {
      throw new Error(`Chromium has no German here (${GERMAN_PAK}): sudo apt-get install chromium-l10n`);
    }
    const session = browser();
    const tab = await seed(session, 'app.shop.test', { parent: 'shop.test' });
    const cookies = (await allCookies(session, tab)).filter(ofSite('shop.test')).length;

    const popup = await openPopupOver(session, tab);
    expect(await popup.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de\b/);
    expect(await popup.locator('html').getAttribute('lang')).toBe('de');
    const main = popup.locator('main');
    await expect.poll(() => main.innerText()).toContain('app.shop.test gehört zu shop.test');
    const text = await main.innerText();
    expect(text).toContain(`${cookies} Cookies und gespeicherte Daten unter`);
    expect(text).toContain('Öffnet danach');
    expect(await popup.locator('dl[aria-label="Was beim Abmelden passiert"]').count()).toBe(1);
    await popup.getByRole('button', { name: 'Einstellungen' }).waitFor();

    await popup.getByRole('button', { name: 'Von shop.test abmelden' }).click();
    const done = popup.getByRole('status').filter({ hasText: 'Von shop.test abgemeldet' });
    await done.waitFor();
    expect(await done.innerText()).toContain(`Gelöscht: ${cookies} Cookies`);
    await popup.getByRole('button', { name: /^Rückgängig/ }).waitFor();
  });
});
