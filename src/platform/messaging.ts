import type { MessageType, Request, Response, SenderInfo } from '../core/messages';
import { browser, type Runtime } from './browser';

/**
 * Sends one typed message to the background; a refusal arrives as a rejection.
 * The background checks the message against its schema; the answer is typed
 * by the message contract, which the background's handlers are held to.
 */
export function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload });
}

/** Registers the background's one message listener; `answer` decides everything. */
export function listenForMessages(answer: (message: unknown, sender: SenderInfo) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    answer(message, { id: sender.id, url: sender.url, origin: originOf(sender) }),
  );
}

/** Chromium tells the sender's origin; the polyfill's types do not list it. */
function originOf(sender: object): string | undefined {
  return 'origin' in sender && typeof sender.origin === 'string' ? sender.origin : undefined;
}

export function ownIdentity(): { id: string; baseUrl: string } {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}
