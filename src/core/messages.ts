import * as v from 'valibot';
import {
  MAX_SETTINGS_FILE_BYTES,
  type OtherTabsAction,
  type Rule,
  type SettingsChange,
  type SettingsIssue,
  type SettingsState,
} from './settings';

/** What the popup shows for a tab: computed by the background, rendered as is. */
export type SiteView =
  | { kind: 'none'; tabId: number; reason: string }
  | {
      kind: 'web';
      tabId: number;
      host: string;
      site: string;
      pageUrl: string;
      cookieCount: number;
      storageOriginCount: number;
      redirectUrl: string;
      rule?: Rule;
    };

/** What a finished logout did. */
export interface LogoutReport {
  site: string;
  relatedSites: string[];
  cookiesCleared: number;
  storageOriginsCleared: number;
  otherTabs: { action: OtherTabsAction; count: number };
  redirectUrl: string;
  /** Things the user should know, such as a logout page that did not load in time. */
  notes: string[];
}

export type ImportResult =
  | { accepted: true; state: SettingsState; warnings: SettingsIssue[] }
  | { accepted: false; issues: SettingsIssue[] };

export type SaveResult = { saved: true; state: SettingsState } | { saved: false; issues: SettingsIssue[] };

type TabRequest = { tabId: number };

/** Every message the extension's pages send to its background, and its answer. */
export interface ProtocolMap {
  getSiteView: { request: TabRequest; response: SiteView };
  /** `site`: the site the popup showed; the logout is refused if the tab has moved to another. */
  logout: { request: TabRequest & { site?: string }; response: LogoutReport };
  useAsLoginPage: { request: TabRequest & { site?: string }; response: SiteView };
  getSettings: { request: Record<string, never>; response: SettingsState };
  changeSettings: { request: { change: SettingsChange }; response: SaveResult };
  importSettings: { request: { text: string }; response: ImportResult };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

export type Message = {
  [K in MessageType]: { type: K; payload: Request<K> };
}[MessageType];

const TabPayload = v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const TabWithSite = v.object({ ...TabPayload.entries, site: v.optional(v.pipe(v.string(), v.maxLength(253))) });
const MessageSchema = v.variant('type', [
  v.object({ type: v.literal('getSiteView'), payload: TabPayload }),
  v.object({ type: v.literal('logout'), payload: TabWithSite }),
  v.object({ type: v.literal('useAsLoginPage'), payload: TabWithSite }),
  v.object({ type: v.literal('getSettings'), payload: v.object({}) }),
  v.object({
    type: v.literal('changeSettings'),
    // The envelope only: applyChange checks every rule, default and setting in it.
    payload: v.object({
      change: v.variant('kind', [
        v.object({
          kind: v.literal('putRule'),
          rule: v.unknown(),
          replacing: v.optional(v.string()),
          expected: v.optional(v.unknown()),
        }),
        v.object({ kind: v.literal('removeRule'), site: v.string() }),
        v.object({ kind: v.literal('patchDefaults'), defaults: v.unknown() }),
        v.object({ kind: v.literal('setLoginUrl'), host: v.string(), site: v.string(), loginUrl: v.string() }),
        v.object({ kind: v.literal('replaceAll'), settings: v.unknown() }),
      ]),
    }),
  }),
  v.object({
    type: v.literal('importSettings'),
    // A larger text is refused below by its size, with a message that says so.
    payload: v.object({ text: v.pipe(v.string(), v.maxLength(MAX_SETTINGS_FILE_BYTES * 4)) }),
  }),
]);

/** Narrows untrusted input to a well-formed message, or undefined. */
export function parseMessage(input: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, input);
  return result.success ? (result.output as Message) : undefined;
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
