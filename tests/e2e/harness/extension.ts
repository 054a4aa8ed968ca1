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

type WorkerVersion = { versionId: string; scriptURL: string; runningStatus: string };

/**
 * Follows SignOff's service worker over CDP from one of the session's pages:
 * every running status it passes through, in order, from now on.
 */
export async function watchServiceWorker(session: Session, page: Page) {
  const cdp = await session.context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.includes(session.extensionId)) continue;
      versions.set(version.versionId, version);
      statuses.push(version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses: () => [...statuses],
    running: () => [...versions.values()].filter((version) => version.runningStatus === 'running'),
    stop: (version: WorkerVersion) => cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId }),
    detach: () => cdp.detach(),
  };
}

/**
 * Stops SignOff's service worker, as the browser does when it is idle. The
 * session's `worker` handle is dead afterwards: use it no more.
 */
export async function stopServiceWorker(session: Session, page: Page): Promise<void> {
  const worker = await watchServiceWorker(session, page);
  await waitFor(async () => worker.running().length > 0, 'the service worker to be listed');
  const from = worker.statuses().length;
  for (const version of worker.running()) await worker.stop(version);
  // A page waiting for an answer may wake the worker again at once: seeing it stopped once is enough.
  await waitFor(async () => worker.statuses().slice(from).includes('stopped'), 'the service worker to stop');
  await worker.detach();
}
