import { checkHttpUrl } from './field-checks';
import { t } from './i18n';
import { httpUrlOf } from './site';

/** The part of a rule that decides where a logout lands. */
export interface RedirectRule {
  loginUrl?: string;
}

/**
 * Where the tab lands after a logout: the rule's login page when it is a
 * valid http(s) URL, otherwise the root of the tab's own origin.
 */
export function redirectTarget(tabUrl: string, rule?: RedirectRule): string {
  const login = rule?.loginUrl ? checkHttpUrl(rule.loginUrl) : undefined;
  if (login?.ok) return login.value;
  const tab = httpUrlOf(tabUrl);
  if (!tab) throw new Error(t('errorNotWebPage', tabUrl));
  return `${tab.origin}/`;
}
