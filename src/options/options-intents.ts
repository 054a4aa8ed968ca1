import type { Response } from '../core/messages';
import type { SettingsChange, SettingsState } from '../core/settings';
import { commandShortcut, openShortcutSettings } from '../platform/extension-pages';
import { saveTextFile } from '../platform/files';
import { sendMessage } from '../platform/messaging';
import { watchSettings } from '../platform/settings-store';
import type { AllSitesIntents } from '../ui/all-sites';

/** Everything the options page can ask for; "Log out of all sites" clears the regular cookie store (no tab). */
export interface OptionsIntents extends AllSitesIntents {
  load(): Promise<SettingsState>;
  /** Applies one change; the answer carries the change that undoes it. */
  change(change: SettingsChange): Promise<Response<'changeSettings'>>;
  importText(text: string): Promise<Response<'importSettings'>>;
  /** Calls back when the settings change elsewhere (the popup, another browser); returns a stop function. */
  watch(onChange: () => void): () => void;
  shortcut(): Promise<string | undefined>;
  /** The key of the logout-all command, which has none until the user gives it one. */
  allSitesShortcut(): Promise<string | undefined>;
  openShortcutSettings(): Promise<void>;
  /** Offers a file for download, as Export does. */
  saveFile(name: string, text: string): void;
}

export function connectOptions(): OptionsIntents {
  return {
    load: () => sendMessage('getSettings', {}),
    change: (change) => sendMessage('changeSettings', { change }),
    importText: (text) => sendMessage('importSettings', { text }),
    watch: watchSettings,
    shortcut: () => commandShortcut('logout'),
    allSitesShortcut: () => commandShortcut('logout-all'),
    openShortcutSettings,
    saveFile: saveTextFile,
    surveyAllSites: () => sendMessage('surveyAllSites', {}),
    logOutOfAllSites: (sites) => sendMessage('logoutAllSites', { sites: [...sites] }),
    undo: (id) => sendMessage('undo', { id }),
  };
}
