import type { OpenFrame } from '../core/logout/frames';
import type { SeenTab } from '../core/site';
import { browser } from './browser';
import { isPrivateStore, storeOfTab, storeScope } from './cookie-stores';

export interface OpenTab {
  id: number;
  url: string;
  /** The cookie store the tab uses: a private window's, a container's, or the regular one. */
  storeId: string;
}

export type ReadTab = SeenTab & { storeId: string };

/** A tab's address (when SignOff may see it) and its cookie store; undefined once it is closed. */
export async function readTab(tabId: number): Promise<ReadTab | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && { ...(await seen({ ...tab, id: tabId })), storeId: storeOfTab(tab) };
}

/**
 * Without the `tabs` permission a tab's own address is hidden on browser
 * pages and on sites SignOff may not access; its top frame's address, which
 * webNavigation reports, still tells which of these it is.
 */
async function seen(tab: { id: number; url?: string }): Promise<SeenTab> {
  if (tab.url) return { url: tab.url };
  const frame = await browser.webNavigation.getFrame({ tabId: tab.id, frameId: 0 }).catch(() => null);
  return frame?.url ? { hiddenUrl: frame.url } : {};
}

/** Every tab whose address SignOff may see, and every frame in them. */
export async function listOpenTabs(): Promise<{ tabs: OpenTab[]; frames: OpenFrame[] }> {
  const allTabs = await browser.tabs.query({});
  const tabs = allTabs.flatMap((tab) =>
    tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url, storeId: storeOfTab(tab) }] : [],
  );
  const framesPerTab = await Promise.all(
    tabs.map(async (tab) => {
      const frames = await browser.webNavigation.getAllFrames({ tabId: tab.id }).catch(() => null);
      return (frames ?? []).map((frame) => ({
        tabId: tab.id,
        frameId: frame.frameId,
        parentFrameId: frame.parentFrameId,
        url: frame.url,
      }));
    }),
  );
  return { tabs, frames: framesPerTab.flat() };
}

/** The address of every tab, and the one it is on its way to (Chromium's pendingUrl), where SignOff may see them. */
export async function openAddresses(): Promise<string[]> {
  const tabs: Array<{ url?: string; pendingUrl?: string }> = await browser.tabs.query({});
  return tabs.flatMap((tab) => [tab.url, tab.pendingUrl].filter((address): address is string => !!address));
}

/** The active tab of the window the user last focused (for shortcuts and menus). */
export async function activeTab(): Promise<(SeenTab & { id: number }) | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, ...(await seen({ ...tab, id: tab.id })) };
}

export async function reloadTabs(tabIds: readonly number[]): Promise<void> {
  await Promise.all(tabIds.map((id) => browser.tabs.reload(id).catch(() => {})));
}

export async function closeTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length > 0) await browser.tabs.remove([...tabIds]).catch(() => {});
}

/** Opens a tab in a cookie store: in a private window for the private store, in a container for a container's. */
export async function openTab(url: string, storeId?: string): Promise<number | undefined> {
  if (storeId !== undefined && isPrivateStore(storeId)) {
    const windows = await browser.windows.getAll({ windowTypes: ['normal'] });
    const windowId = windows.find((window) => window.incognito)?.id;
    if (windowId === undefined) return (await browser.windows.create({ incognito: true, url })).tabs?.[0]?.id;
    return (await browser.tabs.create({ windowId, url })).id;
  }
  return (await browser.tabs.create({ url, ...storeScope(storeId) })).id;
}
