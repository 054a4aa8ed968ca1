import { describe, expect, it } from 'vitest';
import { checkHttpUrl } from '../../src/core/field-checks';
import { redirectTarget } from '../../src/core/redirect';

describe('redirectTarget', () => {
  it.each([
    ['https://app.example.com/inbox/42', undefined, 'https://app.example.com/'],
    ['https://app.example.com:8443/a?b=c#d', undefined, 'https://app.example.com:8443/'],
    ['http://localhost:3000/x', undefined, 'http://localhost:3000/'],
    ['http://[::1]:8080/x', undefined, 'http://[::1]:8080/'],
    ['https://example.com/x', {}, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'https://example.com/login' }, 'https://example.com/login'],
    ['https://example.com/x', { loginUrl: 'https://sso.example.net/?next=1' }, 'https://sso.example.net/?next=1'],
    ['https://example.com/x', { loginUrl: 'javascript:alert(1)' }, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'data:text/html,hi' }, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'chrome://settings' }, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'file:///etc/passwd' }, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'https://user:pw@example.com/' }, 'https://example.com/'],
    ['https://example.com/x', { loginUrl: 'not a url' }, 'https://example.com/'],
  ])('from %s with rule %j lands on %s', (tabUrl, rule, expected) => {
    expect(redirectTarget(tabUrl, rule)).toBe(expected);
  });

  it('refuses to redirect from a page that is not http(s)', () => {
    expect(() => redirectTarget('chrome://version/')).toThrow(/"chrome:\/\/version\/": it is not a web page/);
  });
});

describe('checkHttpUrl: what may be a login page', () => {
  it.each([
    ['https://example.com/login', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['javascript:alert(1)', false],
    ['  javascript:alert(1)', false],
    ['ftp://example.com', false],
    ['//example.com/login', false],
    ['/login', false],
    ['https://a:b@example.com', false],
  ])('%s accepted: %s', (candidate, accepted) => {
    expect(checkHttpUrl(candidate).ok).toBe(accepted);
  });
});
