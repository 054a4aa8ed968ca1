import * as v from 'valibot';
import type { AutoLogoutChoice } from './auto/moments';
import type { AllSitesView, SitesReport } from './logout/all-sites';
import type { LogoutReport } from './logout/report';
import type { UndoOffer, UndoReport } from './logout/snapshot';
import {
  type ChangeOutcome,
  type ImportOutcome,
  MAX_SETTINGS_FILE_BYTES,
  type Rule,
  type SavedChange,
  SettingsChangeSchema,
  type SettingsState,
} from './settings';

/** What the popup shows for a tab: computed by the background, rendered as is. */
export type SiteView =
  | { kind: 'none'; tabId: number; reason: string; undo?: UndoOffer }
  | {
      kind: 'web';
      tabId: number;
      host: string;
      site: string;
      pageUrl: string;
      redirectUrl: string;
      rule?: Rule;
      /** The organisation's policy sets this site's rule, or locks all rules: the popup cannot change it. */
      managed?: boolean;
      /** When the site is next logged out with nobody asking; absent when its rule sets no such moment. */
      autoLogout?: AutoLogoutChoice;
      undo?: UndoOffer;
    };

/** What a logout of the tab's site would clear, counted: asked for after the view, as counting takes a survey. */
export interface StoredCount {
  cookieCount: number;
  /** The host names whose saved data a logout clears. */
  addresses: string[];
}

const TabPayload = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
/** `site`: the site the popup showed; the request is refused if the tab has moved to another. */
const TabWithSite = v.object({ ...TabPayload.entries, site: v.optional(v.pipe(v.string(), v.maxLength(253))) });
/** `tabId`: a tab of the window the request comes from, whose cookie store is the one logged out; else the regular one. */
const AllSitesPayload = v.object({ tabId: v.optional(TabPayload.entries.tabId) });
/** `sites`: the sites the user confirmed; one found since is not logged out unasked. */
const LogoutAllPayload = v.object({
  ...AllSitesPayload.entries,
  sites: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(253))), v.maxLength(10_000))),
});
const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('getSiteView'), payload: TabPayload }),
  v.object({ type: v.literal('countStored'), payload: TabWithSite }),
  v.object({ type: v.literal('logout'), payload: TabWithSite }),
  v.object({ type: v.literal('finishLogout'), payload: TabPayload }),
  v.object({ type: v.literal('surveyAllSites'), payload: AllSitesPayload }),
  v.object({ type: v.literal('logoutAllSites'), payload: LogoutAllPayload }),
  v.object({ type: v.literal('undo'), payload: v.object({ id: v.pipe(v.string(), v.maxLength(64)) }) }),
  v.object({ type: v.literal('useAsLoginPage'), payload: TabWithSite }),
  v.object({ type: v.literal('getSettings'), payload: v.object({}) }),
  v.object({ type: v.literal('changeSettings'), payload: v.object({ change: SettingsChangeSchema }) }),
  v.object({
    type: v.literal('importSettings'),
    // A larger text is refused below by its size, with a message that says so.
    payload: v.object({ text: v.pipe(v.string(), v.maxLength(MAX_SETTINGS_FILE_BYTES * 4)) }),
  }),
]);

/** Every message the extension's pages send to its background: its type is its schema's. */
export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
/** Each message's payload, by the message's type. */
export type Requests = { [M in Message as M['type']]: M['payload'] };

/** Compiles only when `T` answers every message type, and nothing else. */
type AnswerEach<T extends Record<MessageType, unknown> & Record<Exclude<keyof T, MessageType>, never>> = T;

/** Each message's answer, by the message's type; a refusal arrives as a rejection. */
export type Responses = AnswerEach<{
  getSiteView: SiteView;
  countStored: StoredCount;
  logout: LogoutReport;
  /** After the popup lost its answer to `logout` (the browser stopped the service worker): finish it, if unfinished. */
  finishLogout: LogoutReport | null;
  /** What "Log out of all sites" would log out and keep: the popup's confirmation names the count. */
  surveyAllSites: AllSitesView;
  logoutAllSites: SitesReport;
  undo: UndoReport;
  useAsLoginPage: SiteView;
  getSettings: SettingsState;
  changeSettings: ChangeOutcome<SavedChange>;
  importSettings: ImportOutcome<SavedChange>;
}>;

export type Request<K extends MessageType> = Requests[K];
export type Response<K extends MessageType> = Responses[K];
/** A message of one of the types K, with the payload of its own type. */
export type MessageOf<K extends MessageType> = { [P in K]: { type: P; payload: Request<P> } }[K];

/** Narrows untrusted input to a well-formed message, or undefined. */
export function parseMessage(input: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, input);
  return result.success ? result.output : undefined;
}

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
}

/**
 * Only SignOff's own extension pages may ask it for anything: not web pages,
 * not other extensions, not content scripts running in web pages.
 */
export function isOwnExtensionPage(sender: SenderInfo, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  // Compared as text: URL.origin is "null" for non-special schemes in some runtimes.
  const base = ownBaseUrl.endsWith('/') ? ownBaseUrl : `${ownBaseUrl}/`;
  if (sender.origin !== undefined && `${sender.origin}/` !== base) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(base);
}
