import { describe, expect, it } from 'vitest';
import { regularStoreIn, storeKindIn, storeOfTabIn } from '../../src/core/logout/stores';

describe('the cookie store of a tab, told without asking the browser', () => {
  it.each([
    ['chromium', { incognito: false }, '0'],
    ['chromium', { incognito: true }, '1'],
    ['firefox', { incognito: false, cookieStoreId: 'firefox-default' }, 'firefox-default'],
    ['firefox', { incognito: true, cookieStoreId: 'firefox-private' }, 'firefox-private'],
    ['firefox', { incognito: false, cookieStoreId: 'firefox-container-2' }, 'firefox-container-2'],
    ['firefox', { incognito: true }, 'firefox-private'],
  ] as const)('%s, %j: %s', (browser, tab, store) => {
    expect(storeOfTabIn(browser, tab)).toBe(store);
  });
});

describe('the kind of a cookie store', () => {
  it.each([
    ['chromium', '0', 'regular'],
    ['chromium', '1', 'private'],
    ['firefox', 'firefox-default', 'regular'],
    ['firefox', 'firefox-private', 'private'],
    ['firefox', 'firefox-container-2', 'container'],
  ] as const)('%s names %s a %s store', (browser, storeId, kind) => {
    expect(storeKindIn(browser, storeId)).toBe(kind);
  });

  it('a regular store is named as each browser names it', () => {
    expect([regularStoreIn('chromium'), regularStoreIn('firefox')]).toEqual(['0', 'firefox-default']);
  });
});
