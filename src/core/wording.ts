import { formatList, joinSentences, t, tCount } from './i18n';
import type { Landing, Leftover, LogoutReport } from './logout/report';
import type { UndoOffer, UndoReport } from './logout/snapshot';

/** What is stored for a site, in words a person uses: "6 cookies and saved data on 2 addresses". */
export function describeStored(stored: { cookies: number; addresses: number }): string {
  return t('storedData', tCount('cookieCount', stored.cookies), tCount('addressCount', stored.addresses));
}

/** The sites a logout covered: "example.com and sso.idp.test". */
export function sitesNamed(report: Pick<LogoutReport, 'site' | 'relatedSites'>): string {
  return formatList([report.site, ...report.relatedSites]);
}

/** What a logout found, what it cleared and what it left, in a sentence or two. */
export function describeClearing(report: LogoutReport): string {
  const { found, left } = report;
  const cleared = !found
    ? t('clearedWhatWasLeft')
    : found.frames > 0
      ? t('clearedWithFrames', describeStored(found), tCount('pageCount', found.frames))
      : t('cleared', describeStored(found));
  const { action, count } = report.otherTabs;
  const tabs =
    count === 0 ? '' : action === 'close' ? tCount('closedOtherTabs', count) : tCount('reloadedOtherTabs', count);
  const survivors = left.length > 0 ? t('stillThere', formatList(left.map(describeLeftover))) : '';
  return joinSentences([cleared, survivors, tabs]);
}

export function describeLeftover(item: Leftover): string {
  const what =
    item.kind === 'cookie'
      ? t('leftoverCookie', item.name, item.domain.replace(/^\./, ''))
      : t('leftoverStorage', STORAGE_NAMES[item.type](), item.origin);
  return item.partition ? t('leftoverInPartition', what, item.partition) : what;
}

const STORAGE_NAMES: Record<Extract<Leftover, { kind: 'storage' }>['type'], () => string> = {
  localStorage: () => t('storageLocalStorage'),
  sessionStorage: () => t('storageSessionStorage'),
  indexedDB: () => t('storageIndexedDB'),
  cacheStorage: () => t('storageCacheStorage'),
  serviceWorkers: () => t('storageServiceWorker'),
};

/** Where the tab ended up; a login page that failed says so, and that the logout stands. */
export function describeLanding(landing: Landing): string {
  switch (landing.outcome) {
    case 'reached':
      return t('landingReached', landing.url);
    case 'failed':
      return t('landingFailed', landing.url, landing.error);
    case 'httpError':
      return t('landingHttpError', landing.url, String(landing.status));
    case 'timeout':
      return t('landingSlow', landing.url);
    case 'tabClosed':
      return t('landingTabClosed');
    case 'moved':
      return t('landingTabMoved');
  }
}

/** Where the tab ended up, for the popup, which showed the address before: in as few words as will do. */
export function describeLandingBriefly(landing: Landing): string {
  return landing.outcome === 'reached' ? t('landingReachedBriefly', landing.url) : describeLanding(landing);
}

export function landingFailed(landing: Landing): boolean {
  return landing.outcome === 'failed' || landing.outcome === 'httpError';
}

/** What the whole logout did, in one paragraph (badge tooltips, notifications). */
export function describeReport(report: LogoutReport): string {
  return joinSentences([describeClearing(report), describeLanding(report.landing), ...report.notes]);
}

/** What Undo will and will not put back: of one site, the page's saved data too; of several, their cookies. */
export function describeUndoOffer(offer: UndoOffer): string {
  if (offeredSites(offer).length > 1) {
    return offer.serverSessionEnded ? t('allSitesUndoOfferServerSessionEnded') : t('allSitesUndoOffer');
  }
  return offer.serverSessionEnded ? t('undoOfferServerSessionEnded') : t('undoOffer');
}

/** Every site an Undo offer puts back. */
export function offeredSites(offer: UndoOffer): string[] {
  return offer.sites ?? [offer.site];
}

export function describeUndo(report: UndoReport): string {
  const cookies = tCount('cookieCount', report.cookiesRestored);
  const putBack =
    report.storage === 'restored'
      ? t('undonePutBackWithStorage', cookies)
      : report.storage === 'failed'
        ? t('undonePutBackStorageFailed', cookies)
        : t('undonePutBack', cookies);
  const { cookiesRefused } = report;
  const refused = cookiesRefused.length
    ? tCount('undoneCookiesRefused', cookiesRefused.length, formatList(cookiesRefused))
    : '';
  const where = report.reopened ? t('undoneInNewTab', report.pageUrl) : '';
  return joinSentences([putBack, refused, where]);
}

/** What Undo of a logout of several sites put back, naming the sites. */
export function describeSitesUndo(report: UndoReport): string {
  return joinSentences([t('allSitesUndone', formatList(report.sites ?? [report.site])), describeUndo(report)]);
}
