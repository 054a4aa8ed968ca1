import type { Settings, SettingsChange, SettingsIssue } from '../core/settings';

/**
 * Where a notice shows: next to what the user acted on, so that it is seen
 * however far down the page the user is. A removed rule's notice takes the
 * rule's place in the list.
 */
export type NoticePlace =
  | { at: 'rule'; site: string }
  | { at: 'removed'; site: string; index: number }
  | { at: 'editor' | 'defaults' | 'files' | 'keep' };

/** What the page says about the user's last action; `undo` comes from the background. */
export interface Feedback {
  kind: 'status' | 'alert';
  text: string;
  issues?: SettingsIssue[];
  undo?: SettingsChange;
  place: NoticePlace;
  /** What takes focus once the notice shows: its Undo button, or the notice itself. By default focus stays. */
  focus?: 'undo' | 'notice';
}

export function samePlace(a: NoticePlace, b: NoticePlace): boolean {
  return a.at === b.at && ('site' in a ? 'site' in b && a.site === b.site : true);
}

/** Where the notice of a change that was saved goes, worked out from the settings before it. */
export function placeAfter(change: SettingsChange, before: Settings | undefined): NoticePlace {
  switch (change.kind) {
    case 'putRule':
      return { at: 'rule', site: change.rule.site };
    case 'setLoginUrl':
      return { at: 'rule', site: change.site };
    case 'removeRule': {
      const index = before?.sites.findIndex((rule) => rule.site === change.site) ?? -1;
      return { at: 'removed', site: change.site, index: index === -1 ? Number.MAX_SAFE_INTEGER : index };
    }
    case 'patchDefaults':
      return { at: 'defaults' };
    case 'replaceAll':
      return { at: 'files' };
    case 'setKeep':
      return { at: 'keep' };
  }
}
