/** A per-site choice of login page; the settings issue fills these in. */
export interface RedirectRule {
  loginUrl?: string;
}

/**
 * Where the tab lands after a logout: the rule's login page when it is a
 * valid http(s) URL, otherwise the root of the tab's own origin.
 */
export function redirectTarget(tabUrl: string, rule?: RedirectRule): string {
  const login = rule?.loginUrl && parseHttpUrl(rule.loginUrl);
  if (login) return login.href;
  const tab = parseHttpUrl(tabUrl);
  if (!tab) throw new Error(`Cannot redirect from "${tabUrl}": it is not an http(s) page.`);
  return `${tab.origin}/`;
}

/** An http(s) URL without credentials, or undefined. */
export function parseHttpUrl(candidate: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return url;
}
