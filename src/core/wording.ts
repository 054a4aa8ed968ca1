import type { Landing, Leftover, LogoutReport } from './logout/report';
import type { UndoOffer, UndoReport } from './logout/snapshot';

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** What is stored for a site, in words a person uses: "6 cookies and saved data on 2 addresses". */
export function describeStored(stored: { cookies: number; addresses: number }): string {
  return `${plural(stored.cookies, 'cookie')} and saved data on ${plural(stored.addresses, 'address', 'addresses')}`;
}

/** The sites a logout covered: "example.com and sso.idp.test". */
export function sitesNamed(report: Pick<LogoutReport, 'site' | 'relatedSites'>): string {
  return [report.site, ...report.relatedSites].join(' and ');
}

/** What a logout found, what it cleared and what it left, in a sentence or two. */
export function describeClearing(report: LogoutReport): string {
  const { found, left } = report;
  const frames =
    found && found.frames > 0 ? `, and its data inside ${plural(found.frames, 'page')} of other sites` : '';
  const cleared = found ? `Cleared ${describeStored(found)}${frames}.` : 'Cleared what was left.';
  const tabs =
    report.otherTabs.count > 0
      ? ` ${report.otherTabs.action === 'close' ? 'Closed' : 'Reloaded'} ${plural(report.otherTabs.count, 'other tab')}.`
      : '';
  const survivors =
    left.length > 0 ? ` Still there after clearing twice: ${left.map(describeLeftover).join('; ')}.` : '';
  return `${cleared}${survivors}${tabs}`;
}

export function describeLeftover(item: Leftover): string {
  const partition = item.partition ? ` (inside ${item.partition})` : '';
  return item.kind === 'cookie'
    ? `cookie "${item.name}" of ${item.domain.replace(/^\./, '')}${partition}`
    : `${STORAGE_NAMES[item.type]} of ${item.origin}${partition}`;
}

const STORAGE_NAMES: Record<Extract<Leftover, { kind: 'storage' }>['type'], string> = {
  localStorage: 'localStorage',
  sessionStorage: 'sessionStorage',
  indexedDB: 'IndexedDB',
  cacheStorage: 'Cache Storage',
  serviceWorkers: 'a service worker',
};

/** Where the tab ended up; a login page that failed says so, and that the logout stands. */
export function describeLanding(landing: Landing): string {
  switch (landing.outcome) {
    case 'reached':
      return `The tab is now at ${landing.url}.`;
    case 'failed':
      return `The login page ${landing.url} did not load (${landing.error}). You are logged out all the same.`;
    case 'httpError':
      return `The login page ${landing.url} answered with an error (HTTP ${landing.status}). You are logged out all the same.`;
    case 'timeout':
      return `The login page ${landing.url} is slow to load; the tab is still on its way there.`;
    case 'tabClosed':
      return 'The tab was closed, so no login page was opened.';
    case 'moved':
      return 'The tab had moved on to another site meanwhile, so SignOff left it there.';
  }
}

/** Where the tab ended up, for the popup, which showed the address before: in as few words as will do. */
export function describeLandingBriefly(landing: Landing): string {
  return landing.outcome === 'reached' ? `Now at ${landing.url}.` : describeLanding(landing);
}

export function landingFailed(landing: Landing): boolean {
  return landing.outcome === 'failed' || landing.outcome === 'httpError';
}

/** What the whole logout did, in one paragraph (badge tooltips, notifications). */
export function describeReport(report: LogoutReport): string {
  return [describeClearing(report), describeLanding(report.landing), ...report.notes].join(' ');
}

/** What Undo will and will not put back. */
export function describeUndoOffer(offer: UndoOffer): string {
  return offer.serverSessionEnded
    ? 'Undo puts back the cookies and this page’s saved data, but not the session the site’s server ended: it may ask you to sign in again.'
    : 'Undo puts back the cookies and this page’s saved data.';
}

export function describeUndo(report: UndoReport): string {
  const storage =
    report.storage === 'restored'
      ? ' and the page’s local and session storage'
      : report.storage === 'failed'
        ? ' (the page’s storage could not be put back)'
        : '';
  const refused = report.cookiesRefused.length
    ? ` The browser refused ${plural(report.cookiesRefused.length, 'cookie')}: ${report.cookiesRefused.join(', ')}.`
    : '';
  const where = report.reopened ? `Its tab had closed, so ${report.pageUrl} opened in a new tab.` : '';
  return `Put back ${plural(report.cookiesRestored, 'cookie')}${storage}.${refused} ${where}`.trim();
}
