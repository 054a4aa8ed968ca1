import type { LogoutReport } from './messages';

// errorMessage lives in errors.ts, which the settings module can use without a circle through messages.ts.
export { errorMessage } from './errors';

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The sites a logout covered: "example.com and sso.idp.test". */
export function sitesNamed(report: Pick<LogoutReport, 'site' | 'relatedSites'>): string {
  return [report.site, ...report.relatedSites].join(' and ');
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
