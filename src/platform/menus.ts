import { browser } from './browser';

export const MENU_IDS = { page: 'logout-page', action: 'logout-action' } as const;

/** Creates SignOff's two context-menu entries: on web pages and on the toolbar icon. */
export async function createMenus(title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_IDS.page,
    title,
    contexts: ['page', 'frame', 'selection', 'link', 'editable', 'image', 'video', 'audio'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  browser.contextMenus.create({ id: MENU_IDS.action, title, contexts: ['action'] });
}

export async function updateMenus(item: { title: string; enabled: boolean }): Promise<void> {
  await Promise.all(Object.values(MENU_IDS).map((id) => browser.contextMenus.update(id, item).catch(() => {})));
}
