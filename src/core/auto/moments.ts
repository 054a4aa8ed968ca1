import type { AutoLogout, AutoLogoutMoment, Rule } from '../settings';

/** A rule's automatic logouts, one switch each: what the options form edits and the triggers read. */
export interface AutoLogoutChoice {
  onLastTabClosed: boolean;
  onStartup: boolean;
  /** Set when the site is logged out after this many minutes without use. */
  idleMinutes?: number;
}

export const NO_AUTO_LOGOUT: AutoLogoutChoice = { onLastTabClosed: false, onStartup: false };

export function autoLogoutOf(rule: Pick<Rule, 'autoLogout'> | undefined): AutoLogoutChoice {
  const given = rule?.autoLogout;
  const moments: AutoLogoutMoment[] = given === undefined ? [] : Array.isArray(given) ? given : [given];
  const idle = moments.find((moment) => typeof moment === 'object');
  return {
    onLastTabClosed: moments.includes('onLastTabClosed'),
    onStartup: moments.includes('onStartup'),
    ...(idle ? { idleMinutes: idle.idleMinutes } : {}),
  };
}

/** The settings-file form of a choice: one moment as itself, several as a list, none as nothing. */
export function autoLogoutFrom(choice: AutoLogoutChoice): AutoLogout | undefined {
  const moments: AutoLogoutMoment[] = [
    ...(choice.onLastTabClosed ? (['onLastTabClosed'] as const) : []),
    ...(choice.idleMinutes !== undefined ? [{ idleMinutes: choice.idleMinutes }] : []),
    ...(choice.onStartup ? (['onStartup'] as const) : []),
  ];
  if (moments.length === 0) return undefined;
  return moments.length === 1 ? moments[0] : moments;
}

export function hasAutoLogout(choice: AutoLogoutChoice): boolean {
  return choice.onLastTabClosed || choice.onStartup || choice.idleMinutes !== undefined;
}
