import type { LogoutReport } from './messages';

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The sites a logout covered: "example.com and sso.idp.test". */
export function sitesNamed(report: Pick<LogoutReport, 'site' | 'relatedSites'>): string {
  return [report.site, ...report.relatedSites].join(' and ');
}

/** What an error says, for people. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One sentence that says what a logout did. */
export function describeReport(report: LogoutReport): string {
  const sites = sitesNamed(report);
  const tabs =
    report.otherTabs.count > 0
      ? ` ${report.otherTabs.action === 'close' ? 'Closed' : 'Reloaded'} ${plural(report.otherTabs.count, 'other tab')}.`
      : '';
  return (
    `Logged out of ${sites}: cleared ${plural(report.cookiesCleared, 'cookie')} ` +
    `and the storage of ${plural(report.storageOriginsCleared, 'origin')}.${tabs} ` +
    `The tab is now at ${report.redirectUrl}.`
  );
}
