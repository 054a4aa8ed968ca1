/** What the popup shows for a tab: computed by the background, rendered as is. */
export type SiteView =
  | { kind: 'none'; tabId: number; reason: string }
  | {
      kind: 'web';
      tabId: number;
      host: string;
      site: string;
      cookieCount: number;
      storageOriginCount: number;
      redirectUrl: string;
    };

/** What a finished logout did. */
export interface LogoutReport {
  site: string;
  cookiesCleared: number;
  storageOriginsCleared: number;
  redirectUrl: string;
}

/** Every message the extension's pages send to its background, and its answer. */
export interface ProtocolMap {
  getSiteView: { request: { tabId: number }; response: SiteView };
  logout: { request: { tabId: number }; response: LogoutReport };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

export type Message = {
  [K in MessageType]: { type: K; payload: Request<K> };
}[MessageType];

const MESSAGE_TYPES: readonly MessageType[] = ['getSiteView', 'logout'];

/** Narrows untrusted input to a well-formed message, or undefined. */
export function parseMessage(input: unknown): Message | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { type, payload } = input as { type?: unknown; payload?: unknown };
  if (!MESSAGE_TYPES.includes(type as MessageType)) return undefined;
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { tabId } = payload as { tabId?: unknown };
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return undefined;
  return { type: type as MessageType, payload: { tabId } };
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
