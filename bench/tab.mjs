// @ts-check
// The tab every logout is timed in: a signed-in page to start from, and the landing page's `load` event,
// read from the landing page's own navigation timing, as the end of every arm.
/** @typedef {import('./browser.mjs').Browser} Browser */
/** @typedef {{ type: string, key: string, at: number }} KeyEvent */

const KEY_BINDING = '__signoffBenchKey';

/**
 * Lets the start page report the keys it sees (they arrive here even after the page is gone).
 * @param {Browser} browser @returns {Promise<KeyEvent[]>} the list the keys are put in
 */
export async function listenForKeys({ cdp, tab }) {
  /** @type {KeyEvent[]} */
  const keys = [];
  await cdp.send('Runtime.addBinding', { name: KEY_BINDING }, tab.sessionId);
  cdp.on('Runtime.bindingCalled', (params, sessionId) => {
    if (sessionId === tab.sessionId && params.name === KEY_BINDING) keys.push(JSON.parse(params.payload));
  });
  return keys;
}

/**
 * Loads the signed-in page (it writes localStorage and sessionStorage) and marks its document, so that the
 * landing page is told from it. Returns the page's offset to the wall clock.
 * @param {Browser} browser @param {string} url @returns {Promise<number>}
 */
export async function loadStartPage({ cdp, tab }, url) {
  await cdp.send('Target.activateTarget', { targetId: tab.targetId });
  const loaded = cdp.waitFor('Page.loadEventFired', { sessionId: tab.sessionId });
  await cdp.send('Page.navigate', { url }, tab.sessionId);
  await loaded;
  return cdp.evaluate(
    tab.sessionId,
    (binding) => {
      Object.assign(window, { __signoffBenchStart: true });
      for (const type of ['keydown', 'keyup']) {
        addEventListener(
          type,
          (event) => {
            const key = /** @type {KeyboardEvent} */ (event).key;
            /** @type {any} */ (window)[binding](
              JSON.stringify({ type, key, at: performance.timeOrigin + event.timeStamp }),
            );
          },
          true,
        );
      }
      const start = Date.now();
      let now = start;
      while (now === start) now = Date.now();
      return now - (performance.timeOrigin + performance.now());
    },
    KEY_BINDING,
  );
}

/**
 * Starts watching for the landing page; the returned function resolves once a new document at `url` has
 * fired `load`, with that moment on the wall clock and what the page shows.
 * @param {Browser} browser @param {string} url
 */
export function watchLanding({ cdp, tab }, url) {
  let loads = 0;
  const stop = cdp.on('Page.loadEventFired', (_params, sessionId) => {
    if (sessionId === tab.sessionId) loads++;
  });
  return async () => {
    try {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
        if (loads === 0) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        loads--;
        const landing = await cdp.evaluate(tab.sessionId, readLanding).catch(() => undefined);
        if (landing && !landing.startPage && landing.href === url) return landing;
      }
      throw new Error(`The tab never landed on ${url}`);
    } finally {
      stop();
    }
  };
}

/** Runs in the landing page. */
async function readLanding() {
  const entry = () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
  while (!(entry()?.loadEventStart > 0)) await new Promise((resolve) => setTimeout(resolve, 5));
  const start = Date.now();
  let now = start;
  while (now === start) now = Date.now();
  const offset = now - (performance.timeOrigin + performance.now());
  return {
    href: location.href,
    startPage: '__signoffBenchStart' in window,
    loadAt: performance.timeOrigin + entry().loadEventStart + offset,
    /** The test site's login page says whether the request carried the session cookie. */
    signedIn: (document.getElementById('state')?.textContent ?? '').includes('signed in'),
    storedItems: localStorage.length + sessionStorage.length,
  };
}
