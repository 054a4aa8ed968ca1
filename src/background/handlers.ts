import type { MessageOf, MessageType, Request, Response } from '../core/messages';
import { loadSettings } from '../platform/settings-store';
import {
  countStored,
  finishLogout,
  logOut,
  logOutOfAllSites,
  surveyAllSites,
  undoLogout,
  viewSite,
} from './logout/index';
import { changeSettings, importSettingsFile, useAsLoginPage } from './settings-handlers';

type Handlers = { [K in MessageType]: (payload: Request<K>) => Promise<Response<K>> };

/** One small function per message. */
const handlers: Handlers = {
  getSiteView: ({ tabId }) => viewSite(tabId),
  countStored: ({ tabId, site }) => countStored(tabId, site),
  logout: ({ tabId, site }) => logOut(tabId, site === undefined ? {} : { expectedSite: site }),
  finishLogout: async ({ tabId }) => (await finishLogout(tabId)) ?? null,
  surveyAllSites: ({ tabId }) => surveyAllSites(tabId),
  logoutAllSites: ({ tabId, sites }) => logOutOfAllSites(tabId, sites),
  undo: ({ id }) => undoLogout(id),
  useAsLoginPage: ({ tabId, site }) => useAsLoginPage(tabId, site),
  getSettings: () => loadSettings(),
  changeSettings: ({ change }) => changeSettings(change),
  importSettings: ({ text }) => importSettingsFile(text),
};

/** Hands a message to the handler of its type, which gets that type's payload and gives that type's answer. */
export function dispatch<K extends MessageType>(message: MessageOf<K>): Promise<Response<K>> {
  return handlers[message.type](message.payload);
}
