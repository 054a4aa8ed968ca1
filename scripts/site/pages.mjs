// @ts-check
// The pages and cookies of the test and demo site (scripts/site/server.mjs routes to them).

/** @param {string} host @param {string | null} parent */
export function topLevelCookies(host, parent) {
  return [
    `sid=${host}; Path=/; Secure; HttpOnly; SameSite=Lax`,
    `plain=${host}; Path=/`,
    `scoped=${host}; Path=/account; Secure`,
    `__Host-chip=${host}; Path=/; Secure; SameSite=None; Partitioned`,
    ...(parent ? [`shared=${host}; Domain=${parent}; Path=/; Secure; SameSite=Lax`] : []),
  ];
}

/** @param {string} host */
export function frameCookies(host) {
  return [
    `framesid=${host}; Path=/; Secure; HttpOnly; SameSite=None`,
    `chip=${host}; Path=/; Secure; SameSite=None; Partitioned`,
  ];
}

const SEED_STORAGE = `
async function seedStorage(label) {
  localStorage.setItem('session', label);
  sessionStorage.setItem('session', label);
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('signoff-test', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('kv', 'readwrite');
      tx.objectStore('kv').put(label, 'session');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
  const cache = await caches.open('signoff-test');
  await cache.put('/cached', new Response(label));
  await navigator.serviceWorker.register('/sw.js');
  await navigator.serviceWorker.ready;
}`;

/** @param {string} host @param {URL} url */
export function seedPage(host, url) {
  const port = url.port ? `:${url.port}` : '';
  const frames = (url.searchParams.get('frames') ?? '').split(',').filter(Boolean);
  const storageFrames = (url.searchParams.get('storageFrames') ?? '').split(',').filter(Boolean);
  const all = [...frames.map((h) => [h, false]), ...storageFrames.map((h) => [h, true])];
  const iframes = all
    .map(([h, storage]) => `<iframe src="https://${h}${port}/frame-seed${storage ? '?storage=1' : ''}"></iframe>`)
    .join('\n');
  return `<!doctype html><title>Seeded ${host}</title>
<h1>${host}</h1>
<script>
${SEED_STORAGE}
const expected = new Set(${JSON.stringify(all.map(([h]) => h))});
const framesDone = new Promise((resolve) => {
  if (expected.size === 0) resolve();
  addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.startsWith('seeded:')) {
      expected.delete(event.data.slice(7));
      if (expected.size === 0) resolve();
    }
  });
});
document.cookie = 'js=${host}; Path=/; Secure; SameSite=Lax';
window.seedDone = Promise.all([seedStorage('${host}'), framesDone]).then(() => 'seeded');
</script>
${iframes}`;
}

/** @param {string} host @param {boolean} storage */
export function frameSeedPage(host, storage) {
  return `<!doctype html><title>frame ${host}</title>
<script>
${SEED_STORAGE}
(${storage ? `seedStorage('${host}')` : 'Promise.resolve()'})
  .then(() => parent.postMessage('seeded:${host}', '*'));
</script>`;
}

/** @param {string} host @param {Record<string, string>} cookies */
export function loginPage(host, cookies) {
  const signedIn = Boolean(cookies.sid);
  return `<!doctype html><title>Sign in — ${host}</title>
<style>body{font:16px system-ui;max-width:30em;margin:3em auto;padding:0 1em}</style>
<h1>Sign in to ${host}</h1>
<p id="state">${signedIn ? `You are signed in. <a href="/account">Your account</a>` : 'You are signed out.'}</p>
<form method="post" action="/login">
  <label>Name <input name="name" value="demo" autocomplete="username"></label>
  <button>Sign in</button>
</form>`;
}

/** @param {string} host @param {Record<string, string>} cookies */
export function accountPage(host, cookies) {
  if (!cookies.sid) {
    return `<!doctype html><title>Signed out — ${host}</title><h1>Signed out</h1><p><a href="/">Sign in</a></p>`;
  }
  return `<!doctype html><title>Account — ${host}</title>
<style>body{font:16px system-ui;max-width:30em;margin:3em auto;padding:0 1em}</style>
<h1>Signed in to ${host}</h1>
<p>Session cookie: <code>${cookies.sid}</code></p>
<p>Now log out with SignOff (toolbar button): this tab will land on the sign-in page, signed out,
while other sites stay signed in.</p>
<script>localStorage.setItem('session', '${host}'); sessionStorage.setItem('session', '${host}');</script>`;
}

/**
 * `count` cookies of every kind a browser keeps, for sites that must come
 * through a logout of another site untouched: host-only and Domain=,
 * HttpOnly, paths, each SameSite, session and persistent, partitioned.
 * @param {string} host @param {string | null} parent @param {number} count
 */
export function manyCookies(host, parent, count) {
  const kinds = [
    (/** @type {number} */ i) => `h${i}=${host}-${i}; Path=/`,
    (/** @type {number} */ i) => `d${i}=${host}-${i}; Domain=${parent ?? host}; Path=/; Secure; SameSite=Lax`,
    (/** @type {number} */ i) => `o${i}=${host}-${i}; Path=/; Secure; HttpOnly; SameSite=Strict`,
    (/** @type {number} */ i) => `p${i}=${host}-${i}; Path=/p${i}; Secure; Max-Age=${3600 * (i + 1)}`,
    (/** @type {number} */ i) => `n${i}=${host}-${i}; Path=/; Secure; SameSite=None; Max-Age=86400`,
    (/** @type {number} */ i) => `c${i}=${host}-${i}; Path=/; Secure; SameSite=None; Partitioned`,
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]?.(i) ?? '');
}

/**
 * An app that keeps its session in memory, as single-page apps do, and writes
 * it back every 200 ms and when the page goes away: a cookie, localStorage,
 * and a request whose answer sets the session cookie again. Loaded without a
 * session, it has nothing to write.
 * @param {string} host @param {Record<string, string>} cookies
 */
export function fightPage(host, cookies) {
  const token = cookies.sid ?? '';
  return `<!doctype html><title>App — ${host}</title>
<h1 id="state">${token ? 'Signed in' : 'Signed out'}</h1>
<script>
const token = ${JSON.stringify(token)};
if (token) {
  const writeBack = () => {
    document.cookie = 'js=' + token + '; Path=/; Secure; SameSite=Lax';
    localStorage.setItem('session', token);
    localStorage.token = token;
  };
  writeBack();
  setInterval(() => {
    writeBack();
    fetch('/refresh?token=' + encodeURIComponent(token));
  }, 200);
  // As apps that save their state when the page goes away do: this runs after any clearing, as the tab leaves.
  addEventListener('pagehide', () => {
    writeBack();
    navigator.sendBeacon('/refresh?token=' + encodeURIComponent(token));
  });
}
</script>`;
}
