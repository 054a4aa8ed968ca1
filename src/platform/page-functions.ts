// Functions that run inside web pages through scripting.executeScript. The
// browser serializes each one, so each must stand alone: no imports, no
// closures, arguments and results that survive structured cloning.

/**
 * Stops a page of the site from writing its session back while SignOff clears
 * it and the tab leaves. Runs in the page's own world, where its code runs:
 * its timers stop, and its writes to cookies, storage and the network are
 * ignored until the page navigates or reloads.
 */
export function freezePage(sites: string[]): void {
  // The frame may have navigated off the sites since it was listed: another site's page is left running.
  const host = location.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!sites.some((site) => host === site || host.endsWith(`.${site}`))) return;
  // The HTML standard leaves timer ids to the browser; Chromium and Firefox count them up from 1, so
  // clearing every id up to a new one's clears them all. https://html.spec.whatwg.org/#timers
  const last = Math.min(Number(window.setTimeout(() => {}, 0)) || 0, 1_000_000);
  for (let id = 0; id <= last; id++) {
    clearTimeout(id);
    clearInterval(id);
  }
  window.stop();
  const ignore = () => undefined;
  const never = () => new Promise<never>(() => {});
  const refuse = () => {
    throw new DOMException('The site is being logged out', 'InvalidStateError');
  };
  const noCookie = { configurable: true, get: () => '', set: ignore };
  Object.defineProperty(Document.prototype, 'cookie', noCookie);
  Object.defineProperty(document, 'cookie', noCookie);
  Storage.prototype.setItem = ignore;
  // `localStorage.key = value` bypasses setItem: hand out stores that ignore assignments.
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    const store = window[name];
    const readOnly = new Proxy(store, {
      set: () => true,
      get: (target, key) => {
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    Object.defineProperty(window, name, { configurable: true, get: () => readOnly });
  }
  IDBFactory.prototype.open = refuse;
  IDBDatabase.prototype.transaction = refuse;
  CacheStorage.prototype.open = never;
  window.fetch = never;
  XMLHttpRequest.prototype.send = ignore;
  Navigator.prototype.sendBeacon = () => false;
  window.requestAnimationFrame = () => 0;
  const cookieStore = (window as { cookieStore?: { set: unknown } }).cookieStore;
  if (cookieStore) cookieStore.set = () => Promise.resolve();
  (window as { WebSocket: unknown }).WebSocket = refuse;
}

/** The page's origin and its localStorage and sessionStorage, for Undo. */
export function readPageStorage(): { origin: string; local: Record<string, string>; session: Record<string, string> } {
  const entries = (storage: Storage) => {
    const out: Record<string, string> = {};
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key !== null) out[key] = storage.getItem(key) ?? '';
    }
    return out;
  };
  return { origin: location.origin, local: entries(localStorage), session: entries(sessionStorage) };
}

/** Puts saved localStorage and sessionStorage back, when the page is still of that origin. */
export function writePageStorage(origin: string, local: Record<string, string>, session: Record<string, string>) {
  if (location.origin !== origin) return false;
  for (const [key, value] of Object.entries(local)) localStorage.setItem(key, value);
  for (const [key, value] of Object.entries(session)) sessionStorage.setItem(key, value);
  return true;
}

/**
 * Clears a frame's own storage: for frames whose storage is partitioned under
 * another site. A frame that has meanwhile navigated off the sites is left alone.
 */
export async function clearFrameStorage(
  sites: string[],
  types: { localStorage: boolean; indexedDB: boolean; cacheStorage: boolean; serviceWorkers: boolean },
): Promise<void> {
  const host = location.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (!sites.some((site) => host === site || host.endsWith(`.${site}`))) return;
  if (types.localStorage) {
    localStorage.clear();
    sessionStorage.clear();
  }
  // The three kinds are kept apart by the browser: each is asked for, and cleared, alongside the others.
  const none = Promise.resolve([]);
  const [databases, cacheNames, workers] = await Promise.all([
    types.indexedDB ? indexedDB.databases() : none,
    types.cacheStorage ? caches.keys() : none,
    types.serviceWorkers && navigator.serviceWorker ? navigator.serviceWorker.getRegistrations() : none,
  ]);
  for (const database of databases) if (database.name) indexedDB.deleteDatabase(database.name);
  await Promise.all([
    ...cacheNames.map((name) => caches.delete(name)),
    ...workers.map((registration) => registration.unregister()),
  ]);
}

/**
 * How much a frame holds of each kind of storage. What its origin keeps for all
 * its pages (IndexedDB, Cache Storage, service workers) is counted only when
 * `shared` asks: each takes a call to the browser, and one frame of an origin
 * answers for all of them.
 */
export async function inspectFrameStorage(shared: boolean) {
  // Asked for together: each is a call to the browser, and the check waits for the slowest only.
  const none = Promise.resolve([]);
  const [databases, cacheNames, workers] = await Promise.all([
    shared ? indexedDB.databases() : none,
    shared ? caches.keys() : none,
    shared && navigator.serviceWorker ? navigator.serviceWorker.getRegistrations() : none,
  ]);
  return {
    origin: location.origin,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: databases.length,
    cacheStorage: cacheNames.length,
    serviceWorkers: workers.length,
  };
}

/** Nothing: the script that makes the page's isolated world ahead of a logout (see prepareForScripts). */
export function doNothing(): void {}

/** The HTTP status of the page's own response (0 when the browser does not say). */
export function navigationStatus(): number {
  const [entry] = performance.getEntriesByType('navigation') as Array<PerformanceEntry & { responseStatus?: number }>;
  return entry?.responseStatus ?? 0;
}
