import type { LogoutReport } from './messages';

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** One sentence that says what a logout did. */
export function describeReport(report: LogoutReport): string {
  return (
    `Logged out of ${report.site}: cleared ${plural(report.cookiesCleared, 'cookie')} ` +
    `and the storage of ${plural(report.storageOriginsCleared, 'origin')}. ` +
    `The tab is going to ${report.redirectUrl}.`
  );
}
