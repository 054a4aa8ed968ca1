import type { LogoutReport } from './messages';
import type { SiteScope } from './site';
import { describeReport, sitesNamed } from './wording';

/** The toolbar badge for a logout started without the popup. */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

export type LogoutProgress =
  | { phase: 'running'; site: string }
  | { phase: 'done'; report: LogoutReport }
  | { phase: 'failed'; reason: string };

export function badgeFor(progress: LogoutProgress): Badge {
  switch (progress.phase) {
    case 'running':
      return { text: '…', color: '#5b616e', title: `SignOff: logging out of ${progress.site}…` };
    case 'done':
      return { text: '✓', color: '#17663a', title: `SignOff: ${describeReport(progress.report)}` };
    case 'failed':
      return { text: '!', color: '#b4232a', title: `SignOff: ${progress.reason}` };
  }
}

export interface NotificationText {
  title: string;
  message: string;
}

export function notificationFor(progress: Exclude<LogoutProgress, { phase: 'running' }>): NotificationText {
  if (progress.phase === 'failed') return { title: 'SignOff did not log out', message: progress.reason };
  const { report } = progress;
  return {
    title: `Logged out of ${sitesNamed(report)}`,
    message: [describeReport(report), ...report.notes].join(' '),
  };
}

/** The context-menu entry for the tab in front: named after its site, or disabled where there is none. */
export function menuItemFor(scope: SiteScope): { title: string; enabled: boolean } {
  return scope.kind === 'web'
    ? { title: `Log out of ${scope.site}`, enabled: true }
    : { title: 'Log out (nothing to log out of here)', enabled: false };
}
