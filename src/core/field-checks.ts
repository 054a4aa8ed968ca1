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
  if (!trimmed) return { ok: false, message: 'is empty' };
  if (trimmed.length > MAX_HOST_LENGTH) return { ok: false, message: `is longer than ${MAX_HOST_LENGTH} characters` };
  if (/[/:@?#\s]/.test(trimmed.replace(/^\[.*\]$/, ''))) {
    return { ok: false, message: `"${clip(input)}" must be a host name such as example.com, not a URL` };
  }
  let host: string;
  try {
    host = new URL(`http://${trimmed}`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return { ok: false, message: `"${clip(input)}" is not a valid host name` };
  }
  if (isPublicSuffix(host)) {
    return { ok: false, message: `"${host}" is a public suffix shared by many sites; name one site under it` };
  }
  return { ok: true, value: host };
}

/** A login or logout page: an absolute http(s) URL without credentials. */
export function checkHttpUrl(input: string): Checked<string> {
  if (input.length > MAX_URL_LENGTH) return { ok: false, message: `is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: `"${clip(input)}" is not an absolute URL (it needs https://)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `uses ${url.protocol} but only http: and https: are allowed` };
  }
  if (url.username || url.password) return { ok: false, message: 'must not contain a user name or password' };
  return { ok: true, value: url.href };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
