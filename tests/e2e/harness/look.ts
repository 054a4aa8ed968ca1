import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the test run leaves a picture of every popup state and of the options page, light and dark. */
export const SCREENSHOTS = resolve('tests/screenshots');

export type Scheme = 'light' | 'dark';
export const SCHEMES: Scheme[] = ['light', 'dark'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core finds wrong on the page, at impact "serious" or "critical", one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, which an extension page's CSP does not apply to.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Rule = { id: string; impact?: string; nodes: Array<{ target: unknown; failureSummary?: string }> };
    type Result = { violations: Rule[]; passes: Rule[]; incomplete: Rule[] };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
    const { violations, passes, incomplete } = await axe.run(document);
    const found = violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} at ${JSON.stringify(node.target)}: ${node.failureSummary}`),
      );
    // Text contrast is checked by this one rule: a run without it would pass any colour.
    if (![...violations, ...passes, ...incomplete].some((rule) => rule.id === 'color-contrast'))
      found.push('color-contrast did not run');
    return found;
  });
}

/**
 * Shows the page in each colour scheme, checks it with axe-core there, and
 * writes its picture as `<name>-<scheme>.png`. Resolves with every serious
 * violation found, by scheme.
 */
export async function lookInBothSchemes(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const found: string[] = [];
  // A picture of the whole page from its top, whatever the test scrolled: the same pixels run after run.
  if (options.fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`), ...options, animations: 'disabled' });
    for (const violation of await seriousViolations(page)) found.push(`${scheme}: ${violation}`);
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}

/** The popup's size and where its fixed parts sit in it (however it is scrolled), to tell whether anything moved. */
export function popupFrame(popup: Page) {
  return popup.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect && { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
    };
    return {
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      header: box('.popup-header'),
      site: box('.site'),
      footer: box('.popup-footer'),
    };
  });
}
