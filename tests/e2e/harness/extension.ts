import type { Page } from 'playwright-core';
import { importSettingsFile, openOptions, type Session, waitFor } from './browser';

/** The id the browser gives the tab in front, asked of SignOff's own service worker. */
export async function frontTabId(session: Session, tab: Page): Promise<number> {
  await tab.bringToFront();
  const id = await session.worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
  );
  if (id === undefined) throw new Error('No tab in front');
  return id;
}

export function badgeOf(session: Session, tabId: number): Promise<string> {
  return session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function notificationIds(session: Session): Promise<string[]> {
  return session.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Imports rules through the options page, as a user does, and returns that page. */
export async function importRules(session: Session, sites: unknown[]): Promise<Page> {
  const options = await openOptions(session);
  await importSettingsFile(options, JSON.stringify({ version: 1, sites }));
  await options
    .getByRole('status')
    .filter({ hasText: `Imported ${sites.length} rule` })
    .waitFor();
  return options;
}

/**
 * Sends a message to SignOff's background from one of its own pages (the
 * only senders it answers), resolving with the answer or the refusal's text.
 */
export function sendToSignOff(page: Page, message: { type: string; payload: unknown }): Promise<unknown> {
  return page.evaluate(async (sent) => {
    try {
      return { answer: await chrome.runtime.sendMessage(sent) };
    } catch (error) {
      return { refused: String(error) };
    }
  }, message);
}

/**
 * Stops SignOff's service worker, as the browser does when it is idle. The
 * session's `worker` handle is dead afterwards: use it no more.
 */
export async function stopServiceWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const versions = new Map<string, Version>();
  let stopping = false;
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Version[] }) => {
    for (const version of event.versions) {
      versions.set(version.versionId, version);
      // A page waiting for an answer may wake the worker again at once: seeing it stopped once is enough.
      if (stopping && version.scriptURL.includes(session.extensionId) && version.runningStatus === 'stopped')
        stopped = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => v.scriptURL.includes(session.extensionId));
  await waitFor(async () => ours().some((v) => v.runningStatus === 'running'), 'the service worker to be listed');
  stopping = true;
  for (const version of ours()) await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
  await waitFor(async () => stopped, 'the service worker to stop');
  await cdp.detach();
}
