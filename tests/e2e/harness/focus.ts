import type { Page } from 'playwright-core';

export interface FocusedControl {
  /** As a screen reader names it: its aria-label, its label's text, or its own text. */
  name: string;
  /**
   * The contrast of its focus ring against the background around it (WCAG
   * 1.4.11 asks for 3:1), or 0 when it shows none. A control hidden inside
   * its label (the Import file input) shows its ring on the label.
   */
  ring: number;
}

/** The control that has focus now, and how well its focus ring stands out. */
export function focusedControl(page: Page): Promise<FocusedControl | undefined> {
  return page.evaluate(() => {
    const control = document.activeElement;
    if (!control || control === document.body) return undefined;
    const label = 'labels' in control ? (control as HTMLInputElement).labels?.[0] : undefined;
    // A label around its control holds the control's own text too (a select's options): that is not its name.
    const labelText = label?.textContent?.replace(control.textContent ?? '', '');
    const name = (control.getAttribute('aria-label') ?? labelText ?? control.textContent ?? '').trim();
    // A visually hidden control (a pixel wide) is seen as its label.
    const ringed = control.getBoundingClientRect().width > 1 ? control : label;
    const style = ringed && getComputedStyle(ringed);
    if (!ringed || !style || style.outlineStyle === 'none' || Number.parseFloat(style.outlineWidth) < 1)
      return { name, ring: 0 };

    // Colours as the screen shows them, whatever CSS syntax they have: painted on a canvas and read back.
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!canvas) throw new Error('No 2D canvas');
    const paint = (colours: string[]) => {
      canvas.clearRect(0, 0, 1, 1);
      for (const colour of ['#fff', ...colours]) {
        canvas.fillStyle = colour;
        canvas.fillRect(0, 0, 1, 1);
      }
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    // The ring sits outside the control (outline-offset), over whatever is behind the control.
    const behind: string[] = [];
    for (let element = ringed.parentElement; element; element = element.parentElement)
      behind.unshift(getComputedStyle(element).backgroundColor);
    const background = paint(behind);
    const ring = paint([...behind, style.outlineColor]);
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(background), luminance(ring)].sort((a, b) => b - a) as [number, number];
    return { name, ring: (light + 0.05) / (dark + 0.05) };
  });
}

/**
 * Presses Tab, at least once, until the control named `target` has focus,
 * and answers every control focus passed on the way (the target last).
 */
export async function tabTo(page: Page, target: string | RegExp, most = 30): Promise<FocusedControl[]> {
  const passed: FocusedControl[] = [];
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press('Tab');
    const focused = await focusedControl(page);
    if (!focused) continue;
    passed.push(focused);
    if (typeof target === 'string' ? focused.name === target : target.test(focused.name)) return passed;
  }
  throw new Error(`Tab never reached “${target}”; it passed ${passed.map((control) => control.name).join(', ')}`);
}

/** The names of every control on the page that a user can use now (shown, enabled, not inert). */
export function usableControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
      .filter((control) => !control.matches(':disabled') && !control.closest('[inert]'))
      .filter((control) => control.checkVisibility({ visibilityProperty: true }))
      .map((control) => {
        // Named as focusedControl names it.
        const label = 'labels' in control ? (control as HTMLInputElement).labels?.[0] : undefined;
        const labelText = label?.textContent?.replace(control.textContent ?? '', '');
        return (control.getAttribute('aria-label') ?? labelText ?? control.textContent ?? '').trim();
      }),
  );
}
