// @ts-check
// A small multi-host HTTPS site for the end-to-end tests and the demo: every
// host name resolves here (Chromium maps them with --host-resolver-rules) and
// the Host header says which site a request is for.

import { createServer as createPlainServer } from 'node:http';
import { createServer } from 'node:https';
import { makeCertificate } from './cert.mjs';
import {
  accountPage,
  fightPage,
  frameCookies,
  frameSeedPage,
  loginPage,
  manyCookies,
  seedPage,
  topLevelCookies,
} from './pages.mjs';

/** Sites whose data must come through a logout of another site untouched. */
export const BYSTANDER_SITES = Array.from({ length: 20 }, (_, i) => `site${i + 1}.test`);
export const TEST_DOMAINS = ['shop.test', 'other.test', 'tracker.test', 'github.io', 'demo.test', ...BYSTANDER_SITES];

/**
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ port: number, plainPort: number, spki: string, close: () => Promise<void>,
 *   requests: { host: string, path: string, method: string, cookie: string }[] }>}
 *   plainPort: a port that speaks plain HTTP, where an https:// address fails its TLS handshake
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
  const plain = createPlainServer((_request, response) => html(response, '<!doctype html><title>plain</title>'));
  await new Promise((resolve) => plain.listen(0, options.host ?? '127.0.0.1', () => resolve(undefined)));
  return {
    port: portOf(server),
    plainPort: portOf(plain),
    spki,
    requests,
    close: () =>
      new Promise((resolve) => {
        plain.closeAllConnections();
        plain.close();
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
    case 'GET /delayed-logout':
      // A logout route that takes its time, so that a test can act while a logout runs.
      setTimeout(
        () => {
          response.setHeader('Set-Cookie', 'sid=; Path=/; Secure; HttpOnly; Max-Age=0');
          html(response, `<!doctype html><title>Logged out — ${host}</title><h1>The server ended your session</h1>`);
        },
        Number(url.searchParams.get('ms') ?? 1000),
      );
      return undefined;
    case 'GET /fight':
      return html(response, fightPage(host, cookies));
    case 'GET /refresh':
    case 'POST /refresh':
      response.setHeader(
        'Set-Cookie',
        `sid=${url.searchParams.get('token') ?? ''}; Path=/; Secure; HttpOnly; SameSite=Lax`,
      );
      response.writeHead(204);
      return response.end();
    case 'GET /error':
      response.writeHead(500, { 'Content-Type': 'text/html' });
      return response.end('<!doctype html><title>Server error</title><h1>Something broke</h1>');
    case 'GET /account':
      return html(response, accountPage(host, cookies));
    case 'GET /seed':
      response.setHeader('Set-Cookie', [
        ...topLevelCookies(host, url.searchParams.get('parent')),
        ...manyCookies(host, url.searchParams.get('parent'), Number(url.searchParams.get('cookies') ?? 0)),
      ]);
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

/** @param {import('node:net').Server} server */
function portOf(server) {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
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
