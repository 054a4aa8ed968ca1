import type { MessageType, ProtocolMap } from '../core/messages';
import { logOut, viewSite } from './logout';
import { getSettings, importSettingsFile, saveEditedSettings, useAsLoginPage } from './settings-handlers';

type Handlers = {
  [K in MessageType]: (payload: ProtocolMap[K]['request']) => Promise<ProtocolMap[K]['response']>;
};

/** One small function per message. */
export const handlers: Handlers = {
  getSiteView: ({ tabId }) => viewSite(tabId),
  logout: ({ tabId }) => logOut(tabId),
  useAsLoginPage: ({ tabId }) => useAsLoginPage(tabId),
  getSettings: () => getSettings(),
  saveSettings: ({ settings }) => saveEditedSettings(settings),
  importSettings: ({ text }) => importSettingsFile(text),
};
