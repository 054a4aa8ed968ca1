import type { MessageType, ProtocolMap } from '../core/messages';
import { finishLogout, logOut, undoLogout, viewSite } from './logout/index';
import { changeSettings, getSettings, importSettingsFile, useAsLoginPage } from './settings-handlers';

type Handlers = {
  [K in MessageType]: (payload: ProtocolMap[K]['request']) => Promise<ProtocolMap[K]['response']>;
};

/** One small function per message. */
export const handlers: Handlers = {
  getSiteView: ({ tabId }) => viewSite(tabId),
  logout: ({ tabId, site }) => logOut(tabId, site === undefined ? {} : { expectedSite: site }),
  finishLogout: async ({ tabId }) => (await finishLogout(tabId)) ?? null,
  undo: ({ id }) => undoLogout(id),
  useAsLoginPage: ({ tabId, site }) => useAsLoginPage(tabId, site),
  getSettings: () => getSettings(),
  changeSettings: ({ change }) => changeSettings(change),
  importSettings: ({ text }) => importSettingsFile(text),
};
