import { autoLogoutOf } from '../../core/auto/moments';
import { errorMessage } from '../../core/errors';
import { t } from '../../core/i18n';
import type { SitesReport } from '../../core/logout/all-sites';
import { sitesNotificationFor, worthTelling } from '../../core/logout/sites-wording';
import { NO_TAB } from '../../core/logout/snapshot';
import { defaultStoreId } from '../../platform/cookie-stores';
import { notify } from '../../platform/feedback-ui';
import { currentSettings } from '../../platform/settings-store';
import { logOutOfAllSites } from '../logout/all-sites';
import { createQueue } from '../one-at-a-time';
import { type BatchOutcome, drainQueue, queueLogouts } from './batch';
import { checkIdleSites } from './idle';
import { tabClosed, watchOpenTabs, watchTab } from './last-tab';

export { checkIdleSites, watchOpenTabs, watchTab };

/** Runs the logouts waiting in the queue, and tells the user what they did. */
export async function runQueuedLogouts(): Promise<void> {
  const outcome = await drainQueue();
  if (outcome && (worthTelling(outcome.report) || outcome.resumed)) await tell(outcome.report, outcome);
}

export async function onTabClosed(tabId: number): Promise<void> {
  if (await tabClosed(tabId)) await runQueuedLogouts();
}

/** Idle checks come in bursts (a tab switch also changes focus): each runs after the one before has queued its logouts. */
const oneCheckAtATime = createQueue();

export async function onIdleCheck(): Promise<void> {
  if (await oneCheckAtATime(checkIdleSites)) await runQueuedLogouts();
}

/** At browser start: the sites whose rule says so are logged out, their restored tabs sent to the login page. */
export async function logOutAtStartup(): Promise<void> {
  const { settings } = await currentSettings();
  const queuedAt = Date.now();
  const rules = settings.sites.filter((rule) => autoLogoutOf(rule).onStartup);
  await queueLogouts(
    rules.map((rule) => ({ host: rule.site, storeId: defaultStoreId(), reason: 'startup', sendTabs: true, queuedAt })),
  );
  await runQueuedLogouts();
}

/** "Log out of all sites" from the keyboard: no confirmation, and a notification says what happened. */
export async function logOutOfAllSitesByCommand(tabId?: number): Promise<void> {
  const outcome = await logOutOfAllSites(tabId).then(
    (report) => ({ report }),
    (error: unknown) => ({ error: errorMessage(error) }),
  );
  if ('error' in outcome) {
    await notify(NO_TAB, { title: t('notificationNotLoggedOut'), message: outcome.error, undo: false }).catch(() => {});
    return;
  }
  await tell(outcome.report, { reasons: ['all'], resumed: false });
}

async function tell(report: SitesReport, why: Pick<BatchOutcome, 'reasons' | 'resumed'>): Promise<void> {
  const notifyUser = await currentSettings().then(
    ({ settings }) => settings.defaults.notify,
    () => true,
  );
  if (notifyUser) await notify(NO_TAB, sitesNotificationFor(report, why)).catch(() => {});
}
