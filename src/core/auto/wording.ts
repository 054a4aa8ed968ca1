import { formatList, t, tCount } from '../i18n';
import type { AutoLogoutChoice } from './moments';

/**
 * When a site is logged out with nobody clicking, as a phrase that follows
 * "Automatically": "when its last tab closes and after 30 minutes without
 * use"; empty when never. Short on purpose: the popup carries it.
 */
export const describeAutoLogout = (choice: AutoLogoutChoice | undefined): string =>
  formatList(
    [
      choice?.onLastTabClosed && t('autoLogoutLastTab'),
      // At least 1: a rule's minutes are checked when it is saved.
      choice?.idleMinutes && tCount('autoLogoutIdle', choice.idleMinutes),
      choice?.onStartup && t('autoLogoutStartup'),
    ].filter((moment): moment is string => !!moment),
  );
