import type { LogoutReason } from '../auto/queue';
import type { NotificationText } from '../feedback';
import { formatList, joinSentences, t, tCount } from '../i18n';
import { asSentence } from '../settings';
import { describeUndoOffer } from '../wording';
import type { SitesReport } from './all-sites';

const REASONS: Record<LogoutReason, () => string> = {
  lastTabClosed: () => t('sitesReportReasonLastTab'),
  idle: () => t('sitesReportReasonIdle'),
  startup: () => t('sitesReportReasonStartup'),
  all: () => '',
};

/** The sites a report logged out, named: one by name, several by count. */
export function sitesLoggedOutTitle(report: SitesReport): string {
  const [only, ...others] = report.loggedOut;
  if (!only) return t('sitesReportNone');
  return others.length === 0 ? t('loggedOutOf', only.site) : tCount('sitesLoggedOut', report.loggedOut.length);
}

/** What a logout of several sites did, in sentences: which sites, what was kept, what failed or survived. */
export function describeSitesReport(report: SitesReport): string {
  const names = report.loggedOut.length > 1 ? `${formatList(report.loggedOut.map((site) => site.site))}.` : '';
  const left = report.loggedOut.filter((site) => site.left.length > 0).map((site) => site.site);
  return joinSentences([
    names,
    left.length ? t('sitesReportLeft', formatList(left)) : '',
    ...report.failed.map((failure) => asSentence(t('sitesReportFailed', failure.site, failure.reason))),
    report.kept.length ? t('sitesReportKept', formatList(report.kept)) : '',
    ...(report.notes ?? []),
  ]);
}

/** Whether a report is worth a notification: something was logged out, or something went wrong. */
export function worthTelling(report: SitesReport): boolean {
  return report.failed.length > 0 || report.loggedOut.some((site) => site.cookies > 0 || site.tabsSent > 0);
}

/** The notification after logouts nobody watched: automatic ones, or all sites from the keyboard. */
export function sitesNotificationFor(
  report: SitesReport,
  { reasons, resumed }: { reasons: readonly LogoutReason[]; resumed: boolean },
): NotificationText {
  return {
    title: sitesLoggedOutTitle(report),
    message: joinSentences([
      ...reasons.map((reason) => REASONS[reason]()),
      resumed ? t('sitesReportResumed') : '',
      describeSitesReport(report),
      report.undo ? describeUndoOffer(report.undo) : '',
    ]),
    undo: !!report.undo,
  };
}
