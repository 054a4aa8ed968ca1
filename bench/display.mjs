// @ts-check
// A private X server for a headed Chromium, and real key presses into it. Chromium fires an extension's
// `commands.onCommand` only from its own handling of the platform's key events: keys sent over the DevTools
// protocol go straight to the page and never reach it. So the shortcut is pressed for real, through X.
import { execFile, execFileSync, spawn } from 'node:child_process';

/** @returns {Promise<{ name: string, stop: () => void }>} */
export async function startXvfb() {
  // -displayfd: Xvfb picks a free display and writes its number to that descriptor.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3]?.on('data', (chunk) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}

/**
 * A search that meets a window closing under it (a notification, the popup) fails with X's BadWindow: it is
 * run again, up to twice.
 * @param {string} display @param {string[]} args @returns {string}
 */
export function xdotool(display, args, attempt = 0) {
  try {
    return execFileSync('xdotool', args, onDisplay(display)).toString();
  } catch (error) {
    if (attempt < 2 && String(error).includes('BadWindow')) return xdotool(display, args, attempt + 1);
    throw error;
  }
}

/**
 * The same, without blocking: the test site is served from this process, and a page asked for while a
 * synchronous xdotool runs would wait for it (a floor from a shortcut waited some 20 ms).
 * @param {string} display @param {string[]} args @returns {Promise<void>}
 */
function xdotoolAsync(display, args) {
  return new Promise((resolve, reject) => {
    execFile('xdotool', args, onDisplay(display), (error) => (error ? reject(error) : resolve()));
  });
}

/** @param {string} display */
function onDisplay(display) {
  return { env: { ...process.env, DISPLAY: display } };
}

/** The browser's one window, once it shows. @param {string} display */
export async function browserWindow(display) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      const found = xdotool(display, ['search', '--onlyvisible', '--class', 'chromium']).trim().split('\n');
      if (found[0]) return found[0];
    } catch {
      // xdotool exits 1 while there is no such window yet.
    }
    if (Date.now() > deadline) throw new Error('The Chromium window never showed');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Focuses the window and clicks an empty spot of the page, so that keys go to the tab, as a user's do. */
export function focusPage(/** @type {string} */ display, /** @type {string} */ window) {
  xdotool(display, ['windowfocus', '--sync', window]);
  xdotool(display, ['mousemove', '--window', window, '900', '600', 'click', '1']);
}

/**
 * Presses Alt+Shift+`key` (L: SignOff's shortcut). The page never sees the key go down (the browser takes it),
 * so its start is bracketed by keys the page does see: with Alt and Shift already held, K then the key are
 * pressed back to back, and the key's press falls between the page's keydown of K and its keyup of the key (the
 * bench records both; they are a ms apart).
 * @param {string} display @param {string} [key] @returns {Promise<void>}
 */
export function pressShortcut(display, key = 'l') {
  return xdotoolAsync(display, ['key', '--delay', '0', 'k', key]);
}

/** @param {string} display */
export function holdModifiers(display) {
  xdotool(display, ['keydown', 'alt', 'shift']);
}

/** @param {string} display @returns {Promise<void>} */
export function releaseModifiers(display) {
  return xdotoolAsync(display, ['keyup', 'shift', 'alt']);
}
