// @ts-check
// Headed Chromium with the built extension, on a private X server, driven over the DevTools protocol. Next
// to SignOff it loads an empty extension whose popup shows what opening any popup costs in this browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from '../scripts/chromium.mjs';
import { Cdp } from './cdp.mjs';
import { browserWindow, startXvfb } from './display.mjs';
import { untilActivated, waitForWorker, workerHandle } from './worker.mjs';

/** @typedef {Awaited<ReturnType<typeof launchBrowser>>} Browser */

const EMPTY_WORKER = 'empty-worker.js';

/** @param {{ executablePath: string, dist: string, spki: string }} options */
export async function launchBrowser({ executablePath, dist, spki }) {
  const display = await startXvfb();
  const profileDir = mkdtempSync(join(tmpdir(), 'signoff-bench-'));
  const emptyDir = writeEmptyExtension(join(profileDir, 'empty-extension'));
  const chromium = spawn(
    executablePath,
    [
      ...chromiumFlags({ extensionDir: `${dist},${emptyDir}`, profileDir, spki, headless: false }),
      '--window-position=0,0',
      '--window-size=1280,800',
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { env: { ...process.env, DISPLAY: display.name }, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  // A run that fails halfway still takes its browser and X server with it.
  const killAll = () => {
    chromium.kill('SIGKILL');
    display.stop();
  };
  process.once('exit', killAll);
  const cdp = await Cdp.connect(await debuggerAddress(profileDir));
  const window = await browserWindow(display.name);
  const tab = await mainTab(cdp);
  const script = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).background.service_worker;
  await untilActivated(cdp, tab.sessionId, [script, EMPTY_WORKER], 30_000);
  const extensionId = new URL((await waitForWorker(cdp, script, 30_000)).url).host;
  const emptyId = new URL((await waitForWorker(cdp, EMPTY_WORKER, 30_000)).url).host;
  return {
    cdp,
    extensionId,
    display: display.name,
    window,
    tab,
    worker: workerHandle(cdp, extensionId, script, tab.sessionId),
    empty: { id: emptyId, worker: workerHandle(cdp, emptyId, EMPTY_WORKER, tab.sessionId) },
    async version() {
      return /** @type {string} */ ((await cdp.send('Browser.getVersion')).product);
    },
    async close() {
      await cdp.send('Browser.close').catch(() => {});
      cdp.close();
      const timer = setTimeout(() => chromium.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      display.stop();
      process.off('exit', killAll);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * An extension with a one-line popup and a worker that only navigates: when its popup asks, or on Alt+Shift+J
 * (the tab to its origin's root, as SignOff's default landing). @param {string} dir
 */
function writeEmptyExtension(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Empty popup (SignOff bench)',
    version: '1',
    action: { default_popup: 'popup.html' },
    background: { service_worker: EMPTY_WORKER },
    // The key grants activeTab, which tells the worker the tab's address.
    permissions: ['activeTab'],
    commands: { navigate: { suggested_key: { default: 'Alt+Shift+J' }, description: 'Navigate' } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'popup.html'), '<!doctype html><title>Empty</title><p>An empty popup</p>');
  // Its popup is the control for SignOff's; its worker, asked to navigate, the control for a cold start.
  const worker = [
    'chrome.runtime.onMessage.addListener(({ tabId, url }) => void chrome.tabs.update(tabId, { url }));',
    'chrome.commands.onCommand.addListener((_command, tab) => {',
    "  if (tab?.id !== undefined && tab.url) void chrome.tabs.update(tab.id, { url: new URL('/', tab.url).href });",
    '});',
    '',
  ].join('\n');
  writeFileSync(join(dir, EMPTY_WORKER), worker);
  return dir;
}

/** The tab the browser opened with: the one every logout is timed in. @param {Cdp} cdp */
async function mainTab(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const page = targetInfos.find((/** @type {{ type: string }} */ t) => t.type === 'page');
  if (!page) throw new Error('Chromium opened no tab');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: page.targetId, flatten: true });
  await cdp.send('Page.enable', {}, sessionId);
  await cdp.send('Runtime.enable', {}, sessionId);
  return { targetId: /** @type {string} */ (page.targetId), sessionId: /** @type {string} */ (sessionId) };
}

/** @param {string} profileDir */
async function debuggerAddress(profileDir) {
  const file = join(profileDir, 'DevToolsActivePort');
  for (const deadline = Date.now() + 30_000; !existsSync(file) || !readFileSync(file, 'utf8').includes('\n'); ) {
    if (Date.now() > deadline) throw new Error('Chromium did not open its debugging port');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
  return `ws://127.0.0.1:${port}${path}`;
}
