import { describe, expect, it } from 'vitest';
import { isOwnExtensionPage, parseMessage } from '../../src/core/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN_ID}/`;

describe('isOwnExtensionPage: who may ask for a logout', () => {
  it.each([
    ['the popup', { id: OWN_ID, url: `${BASE}src/popup/index.html`, origin: `chrome-extension://${OWN_ID}` }, true],
    ['an extension page without origin (Firefox)', { id: OWN_ID, url: `${BASE}src/options/index.html` }, true],
    ['a content script on a web page', { id: OWN_ID, url: 'https://evil.test/', origin: 'https://evil.test' }, false],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' }, false],
    ['an id match with a foreign URL', { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/page.html` }, false],
    ['a mismatched origin', { id: OWN_ID, url: `${BASE}page.html`, origin: 'https://evil.test' }, false],
    ['no id', { url: `${BASE}page.html` }, false],
    ['no url', { id: OWN_ID }, false],
  ])('%s: %s', (_label, sender, allowed) => {
    expect(isOwnExtensionPage(sender, OWN_ID, BASE)).toBe(allowed);
  });
});

describe('parseMessage', () => {
  it.each([
    [
      { type: 'logout', payload: { tabId: 3 } },
      { type: 'logout', payload: { tabId: 3 } },
    ],
    [
      { type: 'getSiteView', payload: { tabId: 0 } },
      { type: 'getSiteView', payload: { tabId: 0 } },
    ],
    [
      { type: 'logout', payload: { tabId: 3, extra: 'x' } },
      { type: 'logout', payload: { tabId: 3 } },
    ],
    [{ type: 'logout', payload: { tabId: -1 } }, undefined],
    [{ type: 'logout', payload: { tabId: 1.5 } }, undefined],
    [{ type: 'logout', payload: { tabId: '3' } }, undefined],
    [{ type: 'logout' }, undefined],
    [{ type: 'deleteEverything', payload: { tabId: 1 } }, undefined],
    [{ type: '__proto__', payload: { tabId: 1 } }, undefined],
    ['logout', undefined],
    [null, undefined],
  ])('%j → %j', (input, expected) => {
    expect(parseMessage(input)).toEqual(expected);
  });
});
