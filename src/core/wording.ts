import type { LogoutReport } from './messages';

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One sentence that says what a logout did. */
export function describeReport(report: LogoutReport): string {
  const sites = [report.site, ...report.relatedSites].join(' and ');
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
