import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from './browser';
import { type StorageSnapshot, waitForSeed } from './data';

/** Chromium's cookie store of incognito windows, as the cookies API names it. */
export const PRIVATE_STORE = '1';

/**
 * Allows the extension in incognito windows, as the user does on its details
 * page. On Linux the switch is plain JSON in the profile's Preferences (there
 * is no copy of it in Secure Preferences); Chromium reads it at start, so the
 * profile must have run once with the extension, and must be started again.
 */
export function allowInPrivateWindows(profileDir: string, extensionId: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`The profile has no settings for ${extensionId}: run it once with the extension`);
  settings.incognito = true;
  writeFileSync(file, JSON.stringify(preferences));
}

/** Opens a private window on `url` and resolves with its tab once the page has loaded. */
export async function openPrivateTab(session: Session, url: string): Promise<number> {
  return session.worker.evaluate(async (address) => {
    const window = await chrome.windows.create({ incognito: true, url: address });
    const tabId = window?.tabs?.[0]?.id;
    if (tabId === undefined) throw new Error('No tab in the private window');
    for (;;) {
      const tab = await chrome.tabs.get(tabId);
      if (tab.status === 'complete' && tab.url === address) return tabId;
      await new Promise((done) => setTimeout(done, 50));
    }
  }, url);
}

/** Opens a private tab on the test site's seed page and waits until every cookie and store is written. */
export async function seedPrivate(session: Session, host: string, parent: string): Promise<number> {
  const tabId = await openPrivateTab(session, session.url(host, `/seed?parent=${parent}`));
  await inPrivateTab(session, tabId, waitForSeed);
  return tabId;
}

/** Runs a function in a tab's page, in the page's own world, and resolves with its result. */
export async function inPrivateTab<T>(session: Session, tabId: number, func: () => T | Promise<T>): Promise<T> {
  const source = `(${func.toString()})()`;
  return session.worker.evaluate(
    async ({ id, code }) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'MAIN',
        // biome-ignore lint/security/noGlobalEval: the test's own function, run in the test site's page
        func: (text: string) => globalThis.eval(text),
        args: [code],
      });
      return result?.result as T;
    },
    { id: tabId, code: source },
  );
}

/** What a private tab's page sees of its own storage. */
export function readPrivateStorage(session: Session, tabId: number): Promise<StorageSnapshot> {
  return inPrivateTab(session, tabId, async () => ({
    local: { ...localStorage },
    session: { ...sessionStorage },
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '').sort(),
    caches: (await caches.keys()).sort(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
  }));
}

/** The cookies of a site in one cookie store, in every partition, as the browser lists them. */
export function cookiesInStore(session: Session, storeId: string, site: string) {
  return session.worker.evaluate(
    async ({ store, domain }) =>
      (await chrome.cookies.getAll({ storeId: store, domain, partitionKey: {} }))
        .map((c) => `${c.name}@${c.domain}${c.partitionKey?.topLevelSite ? ` in ${c.partitionKey.topLevelSite}` : ''}`)
        .sort(),
    { store: storeId, domain: site },
  );
}

/** The address a tab shows now. */
export function urlOfTab(session: Session, tabId: number): Promise<string | undefined> {
  return session.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);
}

/**
 * Gives a command a key, as the user does on the browser's shortcuts page.
 * Chromium keeps the keys a user chose in the profile's Preferences, by
 * platform and key, and reads them at start: run the profile once first.
 */
export function assignShortcut(profileDir: string, extensionId: string, command: string, key: string): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8'));
  preferences.extensions ??= {};
  preferences.extensions.commands ??= {};
  preferences.extensions.commands[`linux:${key}`] = { command_name: command, extension: extensionId, global: false };
  writeFileSync(file, JSON.stringify(preferences));
}
