import { browser } from './browser';

/** The key currently assigned to a command, or undefined when the user has none. */
export async function commandShortcut(name: string): Promise<string | undefined> {
  // The commands namespace exists only when the manifest declares commands.
  if (!browser.commands) return undefined;
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === name)?.shortcut || undefined;
}

/** Opens the browser's own page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  // Firefox has a method for this; Chromium has a page that extensions may open.
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
