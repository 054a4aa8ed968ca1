import { execFileSync, spawn } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { Session } from './browser';

/** A private X server, so that a headed Chromium gets real key presses. */
export async function startXvfb(): Promise<{ name: string; stop: () => void }> {
  // -displayfd: Xvfb picks a free display and writes its number to that descriptor.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}); install it: apt-get install xvfb`)));
  });
  return { name: `:${number}`, stop: () => xvfb.kill() };
}

/**
 * Runs xdotool against the headed session's X display. A search that meets a
 * window closing under it (a notification, a popup) fails with X's BadWindow:
 * that search is run again, up to twice.
 */
function xdotool(session: Session, args: string[], attempt = 0): string {
  if (!session.display) throw new Error('xdotool needs a headed session');
  try {
    return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: session.display } }).toString();
  } catch (error) {
    if (attempt < 2 && String(error).includes('BadWindow')) return xdotool(session, args, attempt + 1);
    throw error;
  }
}

/** The visible windows on the session's display (browser windows, menus, notifications). */
function visibleWindows(session: Session): string[] {
  try {
    return xdotool(session, ['search', '--onlyvisible', '--name', '']).trim().split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when it finds none.
  }
}

async function waitForNewWindow(session: Session, before: readonly string[], what: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const added = visibleWindows(session).find((id) => !before.includes(id));
    if (added) return added;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

async function focusBrowserWindow(session: Session, tab: Page): Promise<void> {
  await tab.bringToFront();
  const window = xdotool(session, ['search', '--onlyvisible', '--class', 'chromium']).trim().split('\n').at(-1);
  if (!window) throw new Error('No Chromium window to press keys in');
  xdotool(session, ['windowfocus', '--sync', window]);
}

/**
 * Presses keys as a person does, through the X server, into the browser
 * window: the page's synthetic keyboard never reaches browser shortcuts.
 */
export async function pressKeys(session: Session, tab: Page, keys: string[]): Promise<void> {
  await focusBrowserWindow(session, tab);
  for (const key of keys) xdotool(session, ['key', '--clearmodifiers', key]);
}

/**
 * Right-clicks the page with the real mouse, waits for the browser's menu,
 * and picks the entry whose name starts with `name`: Chromium's menus select
 * an entry by the first letter typed, so no entry is chosen by position.
 */
export async function useContextMenu(session: Session, tab: Page, name: string): Promise<void> {
  await focusBrowserWindow(session, tab);
  const before = visibleWindows(session);
  xdotool(session, ['mousemove', '400', '400', 'click', '3']);
  await waitForNewWindow(session, before, 'the page menu to open');
  xdotool(session, ['type', name.charAt(0).toLowerCase()]);
  xdotool(session, ['key', 'Return']);
}

/**
 * Clicks a button of SignOff's notification with the real mouse. Chromium on
 * Linux without a notification daemon draws notifications itself, in a window
 * at the screen's bottom right whose one button row is along its bottom edge.
 */
export async function clickNotificationButton(session: Session, before: readonly string[]): Promise<void> {
  const window = await waitForNewWindow(session, before, 'the notification to appear');
  const geometry = await settledGeometry(session, window);
  const [, height] = /Geometry: (\d+)x(\d+)/.exec(geometry)?.slice(1).map(Number) ?? [];
  if (!height) throw new Error(`Unexpected notification window: ${geometry}`);
  xdotool(session, ['mousemove', '--window', window, '60', String(height - 27), 'click', '1']);
}

/**
 * The window's place and size once two reads 150 ms apart agree: a notification slides in, and on a busy
 * machine a click as soon as it appears can miss its button.
 */
async function settledGeometry(session: Session, window: string): Promise<string> {
  let last = xdotool(session, ['getwindowgeometry', window]);
  for (let tries = 0; tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = xdotool(session, ['getwindowgeometry', window]);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** The windows shown now: pass to clickNotificationButton to find the one that appears next. */
export function windowsNow(session: Session): string[] {
  return visibleWindows(session);
}
