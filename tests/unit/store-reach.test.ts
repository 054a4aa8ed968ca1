import { describe, expect, it } from 'vitest';
import { type BrowserKind, reachIn, STORAGE_TYPES, type StoreKind } from '../../src/core/logout/reach';

describe('reachIn: what one browsingData call clears, per browser and cookie store', () => {
  it.each<[BrowserKind, StoreKind, boolean, readonly string[]]>([
    ['chromium', 'regular', true, STORAGE_TYPES],
    ['chromium', 'private', false, []],
    ['chromium', 'container', false, []],
    ['firefox', 'regular', false, ['localStorage', 'indexedDB']],
    ['firefox', 'container', false, ['localStorage', 'indexedDB']],
    ['firefox', 'private', false, []],
  ])('%s, %s store: site cookies %s, storage %j', (browser, store, siteCookies, storage) => {
    expect(reachIn(browser, store)).toEqual({ siteCookies, storage });
  });
});
