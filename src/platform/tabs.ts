import type { OpenFrame } from '../core/logout/frames';
import { browser } from './browser';

export interface OpenTab {
  id: number;
  url: string;
  incognito: boolean;
}

/** A tab's address (when SignOff may see it) and whether it is private; undefined once it is closed. */
export async function readTab(tabId: number): Promise<{ url?: string; incognito: boolean } | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab && { ...(tab.url ? { url: tab.url } : {}), incognito: tab.incognito };
}

/** Every tab whose address SignOff may see, and every frame in them. */
export async function listOpenTabs(): Promise<{ tabs: OpenTab[]; frames: OpenFrame[] }> {
  const tabs = (await browser.tabs.query({})).flatMap((tab) =>
    tab.id !== undefined && tab.url ? [{ id: tab.id, url: tab.url, incognito: tab.incognito }] : [],
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

/**
 * The active tab of a window: the one the calling page belongs to (the
 * popup's), or the one the user last focused (for shortcuts and menus).
 */
export async function activeTab(
  window: 'current' | 'lastFocused',
): Promise<{ id: number; url?: string; incognito: boolean } | undefined> {
  const [tab] = await browser.tabs.query(
    window === 'current' ? { active: true, currentWindow: true } : { active: true, lastFocusedWindow: true },
  );
  return tab?.id === undefined
    ? undefined
    : { id: tab.id, incognito: tab.incognito, ...(tab.url ? { url: tab.url } : {}) };
}

export async function reloadTabs(tabIds: readonly number[]): Promise<void> {
  await Promise.all(tabIds.map((id) => browser.tabs.reload(id).catch(() => {})));
}

export async function closeTabs(tabIds: readonly number[]): Promise<void> {
  if (tabIds.length > 0) await browser.tabs.remove([...tabIds]).catch(() => {});
}

export async function openTab(url: string): Promise<number | undefined> {
  return (await browser.tabs.create({ url })).id;
}
