import type { ImportResult, SaveResult, SettingsState } from '../core/messages';
import type { Settings } from '../core/settings';
import { commandShortcut, openShortcutSettings } from '../platform/extension-pages';
import { sendMessage } from '../platform/messaging';

/** Everything the options page can ask for. */
export interface OptionsIntents {
  load(): Promise<SettingsState>;
  save(settings: Settings): Promise<SaveResult>;
  importText(text: string): Promise<ImportResult>;
  shortcut(): Promise<string | undefined>;
  openShortcutSettings(): Promise<void>;
}

export function connectOptions(): OptionsIntents {
  return {
    load: () => sendMessage('getSettings', {}),
    save: (settings) => sendMessage('saveSettings', { settings }),
    importText: (text) => sendMessage('importSettings', { text }),
    shortcut: () => commandShortcut('logout'),
    openShortcutSettings,
  };
}
