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

  const change = (value: unknown) => parseMessage({ type: 'changeSettings', payload: { change: value } });
  it('reads a settings change with the settings schemas themselves', () => {
    expect(change({ kind: 'removeRule', site: 'a.test' })).toEqual({
      type: 'changeSettings',
      payload: { change: { kind: 'removeRule', site: 'a.test' } },
    });
    expect(change({ kind: 'putRule', rule: { site: 'A.test', colour: 'red' } })?.payload).toEqual({
      change: { kind: 'putRule', rule: { site: 'a.test' } },
    });
    expect(change({ kind: 'patchDefaults', defaults: { otherTabs: 'leave' } })).toBeDefined();
    expect(change({ kind: 'replaceAll', settings: { version: 1, sites: [{ site: 'b.test' }] } })).toBeDefined();
  });

  it.each([
    ['an unknown kind', { kind: 'deleteEverything' }],
    ['a rule that is not one', { kind: 'putRule', rule: { site: 'a.test', loginUrl: 'javascript:alert(1)' } }],
    ['defaults that are not', { kind: 'patchDefaults', defaults: { notify: 'sometimes' } }],
    ['settings without a version', { kind: 'replaceAll', settings: { sites: [] } }],
  ])('refuses a settings change with %s', (_label, value) => {
    expect(change(value)).toBeUndefined();
  });
});
