import { t, tCount } from './i18n';
import { isPublicSuffix } from './site';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const MAX_URL_LENGTH = 2048;
const MAX_HOST_LENGTH = 253;

/**
 * A rule's site: a registrable domain or a host name, lowercased and in
 * punycode. Not a URL, not a bare public suffix.
 */
export function checkSiteName(input: string): Checked<string> {
  const trimmed = input.trim().toLowerCase().replace(/\.$/, '');
  if (!trimmed) return { ok: false, message: t('issueEmpty') };
  if (trimmed.length > MAX_HOST_LENGTH) return { ok: false, message: tCount('issueTooLong', MAX_HOST_LENGTH) };
  if (/[/:@?#\s]/.test(trimmed.replace(/^\[.*\]$/, '')))
    return { ok: false, message: t('issueNotHostName', clip(input)) };
  let host: string;
  try {
    host = new URL(`http://${trimmed}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return { ok: false, message: t('issueInvalidHostName', clip(input)) };
  }
  if (isPublicSuffix(host)) return { ok: false, message: t('issuePublicSuffix', host) };
  return { ok: true, value: host };
}

/** A login or logout page: an absolute http(s) URL without credentials. */
export function checkHttpUrl(input: string): Checked<string> {
  if (input.length > MAX_URL_LENGTH) return { ok: false, message: tCount('issueTooLong', MAX_URL_LENGTH) };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: t('issueNotAbsoluteUrl', clip(input)) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: t('issueUrlScheme', url.protocol) };
  if (url.username || url.password) return { ok: false, message: t('issueUrlCredentials') };
  return { ok: true, value: url.href };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
