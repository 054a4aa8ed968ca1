import { describe, expect, it } from 'vitest';
import { unseenReason } from '../../src/core/no-site';
import { hostIsInSite, siteOfHost, siteOfTab, siteOfUrl } from '../../src/core/site';

describe('siteOfUrl: the site of a web page', () => {
  it.each([
    ['https://example.com/', 'example.com', 'example.com', 'https://example.com'],
    ['https://app.example.com/inbox/42', 'app.example.com', 'example.com', 'https://app.example.com'],
    ['https://a.b.c.example.co.uk/x', 'a.b.c.example.co.uk', 'example.co.uk', 'https://a.b.c.example.co.uk'],
    ['https://alice.github.io/repo', 'alice.github.io', 'alice.github.io', 'https://alice.github.io'],
    ['https://docs.alice.github.io/', 'docs.alice.github.io', 'alice.github.io', 'https://docs.alice.github.io'],
    ['https://x.foo.blogspot.com/', 'x.foo.blogspot.com', 'foo.blogspot.com', 'https://x.foo.blogspot.com'],
    ['http://192.168.1.10:8080/admin', '192.168.1.10', '192.168.1.10', 'http://192.168.1.10:8080'],
    ['http://[::1]:3000/', '::1', '::1', 'http://[::1]:3000'],
    ['https://[2001:db8::1]/', '2001:db8::1', '2001:db8::1', 'https://[2001:db8::1]'],
    ['http://localhost:5173/', 'localhost', 'localhost', 'http://localhost:5173'],
    ['http://intranet/', 'intranet', 'intranet', 'http://intranet'],
    ['https://BÜCHER.example.de/', 'xn--bcher-kva.example.de', 'example.de', 'https://xn--bcher-kva.example.de'],
    ['https://xn--bcher-kva.example.de/', 'xn--bcher-kva.example.de', 'example.de', 'https://xn--bcher-kva.example.de'],
    ['https://shop.xn--p1ai/', 'shop.xn--p1ai', 'shop.xn--p1ai', 'https://shop.xn--p1ai'],
    ['https://example.com./', 'example.com', 'example.com', 'https://example.com.'],
    ['https://App.Example.COM:8443/', 'app.example.com', 'example.com', 'https://app.example.com:8443'],
    ['https://user:pw@app.example.com/', 'app.example.com', 'example.com', 'https://app.example.com'],
  ])('%s is %s, site %s', (url, host, site, origin) => {
    expect(siteOfUrl(url)).toEqual({ kind: 'web', host, site, origin });
  });

  const BROWSER_PAGE = 'Nothing to log out of: this is one of the browser’s own pages, not a website.';
  const EXTENSION_PAGE = 'Nothing to log out of: this page belongs to a browser extension, not a website.';
  const EMPTY_TAB = 'Nothing to log out of: this tab is empty.';
  const STORE = 'SignOff cannot log out here: browsers do not let extensions act on their extension store.';
  it.each([
    ['chrome://version/', BROWSER_PAGE],
    ['edge://settings', BROWSER_PAGE],
    ['about:config', BROWSER_PAGE],
    ['chrome-extension://abcdefghijklmnop/src/popup/index.html', EXTENSION_PAGE],
    ['moz-extension://uuid/popup.html', EXTENSION_PAGE],
    ['about:blank', EMPTY_TAB],
    ['chrome://newtab/', EMPTY_TAB],
    ['chrome://new-tab-page/', EMPTY_TAB],
    ['file:///home/me/notes.html', 'Nothing to log out of: this is a file on your computer, not a website.'],
    ['view-source:https://example.com/', 'Nothing to log out of: a view-source: page belongs to no website.'],
    ['data:text/html,<p>hi', 'Nothing to log out of: a data: page belongs to no website.'],
    ['javascript:alert(1)', 'Nothing to log out of: a javascript: page belongs to no website.'],
    ['https://chromewebstore.google.com/detail/abc', STORE],
    ['https://chrome.google.com/webstore/detail/abc', STORE],
    ['https://addons.mozilla.org/en-US/firefox/', STORE],
    ['https://microsoftedge.microsoft.com/addons/detail/x', STORE],
    ['not a url', 'Nothing to log out of: "not a url" is not a web address.'],
    ['https://github.io/', 'Nothing to log out of: github.io is a public suffix,'],
    ['https://netlify.app/', 'netlify.app is a public suffix'],
    ['https://s3.amazonaws.com/bucket/key', 's3.amazonaws.com is a public suffix'],
    ['http://com/', 'com is a public suffix'],
  ])('%s has no site: %s', (url, why) => {
    const scope = siteOfUrl(url);
    expect(scope.kind).toBe('none');
    expect(scope.kind === 'none' && scope.reason).toContain(why);
  });

  it('says when it cannot see the address at all', () => {
    expect(siteOfUrl(undefined)).toEqual({ kind: 'none', reason: unseenReason() });
    expect(siteOfUrl('')).toEqual({ kind: 'none', reason: unseenReason() });
  });

  it('does not mistake other Google pages for the extension store', () => {
    expect(siteOfUrl('https://chrome.google.com/other')).toMatchObject({ kind: 'web', site: 'google.com' });
  });
});

describe('siteOfHost and hostIsInSite', () => {
  it.each([
    ['app.example.com', 'example.com'],
    ['.example.com', 'example.com'],
    ['[::1]', '::1'],
    ['10.0.0.1', '10.0.0.1'],
    ['localhost', 'localhost'],
    ['bob.github.io', 'bob.github.io'],
    ['github.io', 'github.io'],
  ])('siteOfHost(%s) = %s', (host, site) => {
    expect(siteOfHost(host.replace(/^\./, ''))).toBe(site);
  });

  it.each([
    ['example.com', 'example.com', true],
    ['.example.com', 'example.com', true],
    ['a.b.example.com', 'example.com', true],
    ['EXAMPLE.com.', 'example.com', true],
    ['badexample.com', 'example.com', false],
    ['example.com.evil.net', 'example.com', false],
    ['bob.github.io', 'alice.github.io', false],
    ['github.io', 'alice.github.io', false],
    ['[::1]', '::1', true],
    ['127.0.0.1', '127.0.0.11', false],
  ])('hostIsInSite(%s, %s) = %s', (host, site, expected) => {
    expect(hostIsInSite(host, site)).toBe(expected);
  });
});

describe('siteOfTab', () => {
  it('has the site of its address, whatever window or container it is in', () => {
    expect(siteOfTab({ url: 'https://example.com/' })).toMatchObject({ kind: 'web', site: 'example.com' });
  });

  it.each([
    // A website whose address the tab hides: the user has limited SignOff's site access.
    [{ hiddenUrl: 'https://mail.example.com/inbox' }, 'SignOff is not allowed on mail.example.com. To log out here'],
    // Browser pages hide their address from extensions; navigation still tells which kind of page it is.
    [{ hiddenUrl: 'chrome://settings/' }, 'this is one of the browser’s own pages'],
    [{ hiddenUrl: 'about:blank' }, 'this tab is empty'],
    [{}, unseenReason()],
    // An address SignOff may read wins over the navigation's.
    [{ url: 'chrome-extension://abc/options.html', hiddenUrl: 'https://x.test/' }, 'browser extension'],
  ])('says exactly which case a tab without a site is in: %o', (seen, reason) => {
    const scope = siteOfTab(seen);
    expect(scope.kind === 'none' && scope.reason).toContain(reason);
  });
});
