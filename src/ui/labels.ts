import type { DataType, OtherTabsAction } from '../core/settings';

export const DATA_TYPE_LABELS: Record<DataType, string> = {
  cookies: 'Cookies',
  localStorage: 'Local and session storage',
  indexedDB: 'IndexedDB',
  cacheStorage: 'Cache Storage',
  serviceWorkers: 'Service workers',
  fileSystems: 'File systems',
};

export const OTHER_TABS_LABELS: Record<OtherTabsAction, string> = {
  reload: 'Reload them',
  close: 'Close them',
  leave: 'Leave them as they are',
};
