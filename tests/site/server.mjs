// @ts-check
// A small multi-host HTTPS site for the end-to-end tests and the demo: every
// host name resolves here (Chromium maps them with --host-resolver-rules) and
// the Host header says which site a request is for.
import { createServer } from 'node:https';
import { makeCertificate } from './cert.mjs';

export const TEST_DOMAINS = ['shop.test', 'other.test', 'tracker.test', 'github.io', 'demo.test'];

/**
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ port: number, spki: string, close: () => Promise<void>,
 *   requests: { host: string, path: string, method: string, cookie: string }[] }>}
 */
export async function startTestSite(options = {}) {
  const { key, cert, spki } = makeCertificate(TEST_DOMAINS.flatMap((d) => [d, `*.${d}`]));
  /** @type {{ host: string, path: string, method: string, cookie: string }[]} */
  const requests = [];
  const server = createServer({ key, cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    requests.push({ host, path: url.pathname, method: request.method ?? 'GET', cookie: request.headers.cookie ?? '' });
    route(host, url, request, response);
  });
  await new Promise((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(undefined)),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    spki,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * @param {string} host
 * @param {URL} url
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
function route(host, url, request, response) {
  const cookies = parseCookies(request.headers.cookie ?? '');
  switch (`${request.method} ${url.pathname}`) {
    case 'GET /':
      return html(response, loginPage(host, cookies));
    case 'POST /login':
      response.setHeader('Set-Cookie', [`sid=${host}-session; Path=/; Secure; HttpOnly; SameSite=Lax`]);
      response.writeHead(303, { Location: '/account' });
      return response.end();
    case 'GET /login':
      return html(response, loginPage(host, cookies));
    case 'GET /logout':
      // A server's logout route: it ends the session it knows and expires the cookie.
      response.setHeader('Set-Cookie', 'sid=; Path=/; Secure; HttpOnly; Max-Age=0');
      return html(response, `<!doctype html><title>Logged out — ${host}</title><h1>The server ended your session</h1>`);
    case 'GET /slow-logout':
      // Never answers: SignOff must give up waiting and go on.
      return undefined;
    case 'GET /account':
      return html(response, accountPage(host, cookies));
    case 'GET /seed':
      response.setHeader('Set-Cookie', topLevelCookies(host, url.searchParams.get('parent')));
      return html(response, seedPage(host, url));
    case 'GET /frame-seed':
      response.setHeader('Set-Cookie', frameCookies(host));
      return html(response, frameSeedPage(host, url.searchParams.get('storage') === '1'));
    case 'GET /sw.js':
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      return response.end("self.addEventListener('fetch', () => {});\n");
    case 'GET /inspect':
      return html(response, '<!doctype html><title>inspect</title><p>inspect</p>');
    default:
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      return response.end('not found');
  }
}

/** @param {string} host @param {string | null} parent */
function topLevelCookies(host, parent) {
  return [
    `sid=${host}; Path=/; Secure; HttpOnly; SameSite=Lax`,
    `plain=${host}; Path=/`,
    `scoped=${host}; Path=/account; Secure`,
    `__Host-chip=${host}; Path=/; Secure; SameSite=None; Partitioned`,
    ...(parent ? [`shared=${host}; Domain=${parent}; Path=/; Secure; SameSite=Lax`] : []),
  ];
}

/** @param {string} host */
function frameCookies(host) {
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
function seedPage(host, url) {
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
function frameSeedPage(host, storage) {
  return `<!doctype html><title>frame ${host}</title>
<script>
${SEED_STORAGE}
(${storage ? `seedStorage('${host}')` : 'Promise.resolve()'})
  .then(() => parent.postMessage('seeded:${host}', '*'));
</script>`;
}

/** @param {string} host @param {Record<string, string>} cookies */
function loginPage(host, cookies) {
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
function accountPage(host, cookies) {
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

/** @param {import('node:http').ServerResponse} response @param {string} body */
function html(response, body) {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}

/** @param {string} header @returns {Record<string, string>} */
function parseCookies(header) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name) cookies[name] = value.join('=');
  }
  return cookies;
}
