import { execFileSync } from 'node:child_process';
import type { Page } from 'puppeteer-core';
import { type Session, waitFor } from './browser';

/** Runs xdotool against the headed session's X display. */
function xdotool(session: Session, args: string[]): string {
  if (!session.display) throw new Error('xdotool needs a headed session');
  return execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: session.display } }).toString();
}

/** The visible Firefox windows whose title names the page; none while the title bar catches up. */
function windowsShowing(session: Session, title: string): string[] {
  let windows: string[];
  try {
    windows = xdotool(session, ['search', '--onlyvisible', '--class', 'firefox-esr']).trim().split('\n');
  } catch {
    return []; // xdotool exits 1 when it finds none.
  }
  return windows.filter((id) => xdotool(session, ['getwindowname', id]).startsWith(`${title} — `));
}

/**
 * Presses keys as a person does, through the X server, into the Firefox
 * window that shows `tab`: the page's synthetic keyboard never reaches browser
 * shortcuts. Debian's Firefox ESR names its windows' class `firefox-esr`
 * (measured on 153) and titles them after the tab in front, a few hundred ms
 * after it comes to the front; `windowfocus` works without a window manager.
 */
export async function pressKeys(session: Session, tab: Page, keys: string[]): Promise<void> {
  await tab.bringToFront();
  const title = await tab.title();
  let window: string | undefined;
  await waitFor(() => {
    window = windowsShowing(session, title).at(-1);
    return window !== undefined;
  }, `a Firefox window showing "${title}"`);
  xdotool(session, ['windowfocus', '--sync', window as string]);
  for (const key of keys) xdotool(session, ['key', '--clearmodifiers', key]);
}
