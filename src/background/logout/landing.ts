import { t } from '../../core/i18n';
import { LOGOUT_PAGE_TIMEOUT_MS } from '../../core/logout/plan';
import type { Landing } from '../../core/logout/report';
import { navigateAndWait } from '../../platform/navigation';
import { pageStatus } from '../../platform/page-scripts';

/** How long to wait for the login page to commit before reporting: the badge is set after that. */
const LANDING_TIMEOUT_MS = 5_000;

/** Visits the site's logout page, while its session cookies are still there; returns what the user should know. */
export async function visitLogoutPage(tabId: number, logoutUrl: string): Promise<string[]> {
  const result = await navigateAndWait(tabId, logoutUrl, { until: 'loaded', timeoutMs: LOGOUT_PAGE_TIMEOUT_MS });
  switch (result.outcome) {
    case 'reached':
      return [];
    case 'timeout':
      return [t('noteLogoutPageSlow', LOGOUT_PAGE_TIMEOUT_MS / 1000)];
    case 'failed':
      return [t('noteLogoutPageFailed', result.error)];
    case 'tabClosed':
      return [t('noteLogoutPageTabClosed')];
  }
}

/** Sends the tab to the login page and says how that went, HTTP errors included. */
export async function land(tabId: number, url: string): Promise<Landing> {
  const result = await navigateAndWait(tabId, url, { until: 'committed', timeoutMs: LANDING_TIMEOUT_MS });
  switch (result.outcome) {
    case 'reached': {
      const status = await pageStatus(tabId);
      return status >= 400 ? { outcome: 'httpError', url, status } : { outcome: 'reached', url };
    }
    case 'failed':
      return { outcome: 'failed', url, error: result.error };
    default:
      return { outcome: result.outcome, url };
  }
}
