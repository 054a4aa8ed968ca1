import type { Message, MessageType, Request, Response, SenderInfo } from '../core/messages';
import { browser, type Runtime } from './browser';

/** Sends one typed message to the background; a refusal arrives as a rejection. */
export function sendMessage<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage({ type, payload } as Message) as Promise<Response<K>>;
}

/** Registers the background's one message listener; `answer` decides everything. */
export function listenForMessages(answer: (message: unknown, sender: SenderInfo) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    answer(message, { id: sender.id, url: sender.url, origin: (sender as { origin?: string }).origin }),
  );
}

export function ownIdentity(): { id: string; baseUrl: string } {
  return { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
}
