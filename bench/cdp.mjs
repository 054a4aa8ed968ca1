// @ts-check
// A small client of the Chrome DevTools Protocol over one WebSocket, with flat sessions. The bench drives
// Chromium with it alone, not Playwright: Playwright holds every new page and service worker until it has set
// it up, which would be timed as part of opening the popup and of a cold start. The bench holds no worker, and
// a new page only until the popup's probe is in (popup-probe.mjs).
import WebSocket from 'ws';

/** @typedef {Record<string, any>} Json */
/** @typedef {(params: Json, sessionId: string | undefined) => void} Listener */

export class Cdp {
  /** @param {WebSocket} socket */
  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    /**
     * @type {Map<number, { resolve: (value: Json) => void, reject: (error: Error) => void, method: string, caller: Error,
     *   sessionId: string | undefined }>}
     */
    this.pending = new Map();
    /** @type {Map<string, Set<Listener>>} */
    this.listeners = new Map();
    socket.on('message', (data) => this.receive(JSON.parse(data.toString())));
    // A worker that stops while it runs a call never answers it: the call fails instead of waiting for ever.
    this.on('Target.detachedFromTarget', ({ sessionId }) => {
      for (const [id, call] of this.pending) {
        if (call.sessionId !== sessionId) continue;
        this.pending.delete(id);
        call.caller.message = `${call.method}: its target went away`;
        call.reject(call.caller);
      }
    });
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`${method}: the browser went away`));
      this.pending.clear();
    });
  }

  /** @param {string} url the browser's WebSocket address */
  static async connect(url) {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new Cdp(socket);
  }

  /** @param {Json} message */
  receive(message) {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!call) return;
      if (message.error) {
        call.caller.message = `${call.method}: ${message.error.message}`;
        call.reject(call.caller);
      } else call.resolve(message.result ?? {});
      return;
    }
    for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
  }

  /**
   * @param {string} method @param {Json} [params] @param {string} [sessionId] a flat session, or the browser
   * @returns {Promise<Json>}
   */
  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    // Made here, so that a failure says which call of the bench's it was.
    const caller = new Error(method);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject, method, caller, sessionId }));
  }

  /** @param {string} method @param {Listener} listener @returns {() => void} stops listening */
  on(method, listener) {
    const set = this.listeners.get(method) ?? new Set();
    set.add(listener);
    this.listeners.set(method, set);
    return () => set.delete(listener);
  }

  /**
   * The next event `method` of `sessionId` (any session if undefined) that `matches`.
   * @param {string} method @param {{ sessionId?: string, matches?: (params: Json) => boolean, timeoutMs?: number }} [options]
   * @returns {Promise<Json>}
   */
  waitFor(method, { sessionId, matches = () => true, timeoutMs = 15_000 } = {}) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`Timed out waiting for ${method}`));
      }, timeoutMs);
      const stop = this.on(method, (params, from) => {
        if (sessionId !== undefined && from !== sessionId) return;
        if (!matches(params)) return;
        clearTimeout(timer);
        stop();
        resolve(params);
      });
    });
  }

  /**
   * Runs `fn(arg)` in a session's page or worker and returns its (awaited) value.
   * @template A, R
   * @param {string} sessionId @param {(arg: A) => R} fn @param {A} [arg]
   * @returns {Promise<Awaited<R>>}
   */
  async evaluate(sessionId, fn, arg) {
    const expression = `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;
    const { result, exceptionDetails } = await this.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (exceptionDetails) {
      throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value;
  }

  close() {
    this.socket.close();
  }
}
