import { formatList, joinSentences, t } from './i18n';
import type { LogoutReport } from './logout/report';
import { UNDO_SECONDS, type UndoReport } from './logout/snapshot';
import type { SiteScope } from './site';
import { describeReport, describeUndo, describeUndoOffer, sitesNamed } from './wording';

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
      return { text: '…', color: '#5b616e', title: t('badgeRunning', progress.site) };
    case 'done': {
      const title = t('badgeDone', sitesNamed(progress.report), describeReport(progress.report));
      // Something of the site survived clearing twice: the site may still know the user.
      if (progress.report.left.length > 0) return { text: '!', color: '#b4232a', title };
      return { text: '✓', color: '#17663a', title };
    }
    case 'failed':
      return { text: '!', color: '#b4232a', title: t('badgeFailed', progress.reason) };
  }
}

export interface NotificationText {
  title: string;
  message: string;
  /** Offer an Undo button. */
  undo: boolean;
}

export function notificationFor(progress: Exclude<LogoutProgress, { phase: 'running' }>): NotificationText {
  if (progress.phase === 'failed')
    return { title: t('notificationNotLoggedOut'), message: progress.reason, undo: false };
  const { report } = progress;
  const undo = report.undo ? [describeUndoOffer(report.undo)] : [];
  return {
    title: t('loggedOutOf', sitesNamed(report)),
    message: joinSentences([describeReport(report), ...undo]),
    undo: !!report.undo,
  };
}

/**
 * A notification as a browser can show it. Where notifications have no
 * buttons (Firefox), an Undo on offer is pointed to in words: it waits in the popup.
 */
export function notificationShown(
  text: NotificationText,
  { hasButtons }: { hasButtons: boolean },
): { title: string; message: string; buttons: string[] } {
  if (!text.undo) return { title: text.title, message: text.message, buttons: [] };
  return hasButtons
    ? { title: text.title, message: text.message, buttons: [t('undo')] }
    : {
        title: text.title,
        message: joinSentences([text.message, t('notificationUndoInPopup', UNDO_SECONDS)]),
        buttons: [],
      };
}

export function undoNotificationFor(outcome: { report: UndoReport } | { error: string }): NotificationText {
  return 'error' in outcome
    ? { title: t('notificationUndoFailed'), message: outcome.error, undo: false }
    : {
        title: outcome.report.sites
          ? t('notificationUndoneSites', formatList(outcome.report.sites))
          : t('notificationUndone', outcome.report.site),
        message: describeUndo(outcome.report),
        undo: false,
      };
}

/** The context-menu entry for the tab in front: named after its site, or disabled where there is none. */
export function menuItemFor(scope: SiteScope): { title: string; enabled: boolean } {
  return scope.kind === 'web'
    ? { title: t('logOutOfSite', scope.site), enabled: true }
    : { title: t('menuNothingToLogOutOf'), enabled: false };
}
