import { formatList, joinSentences, t, tCount } from '../../core/i18n';
import type { SiteOutcome, SitesReport } from '../../core/logout/all-sites';
import { describeLeftover } from '../../core/wording';

/** The sites logged out, each with the related sites its rule cleared along with it. */
export function namesOf(outcomes: readonly SiteOutcome[]): string {
  return formatList(
    outcomes.map(({ site, relatedSites }) =>
      relatedSites.length > 0 ? t('allSitesWithRelated', site, formatList(relatedSites)) : site,
    ),
  );
}

/** What the logout cleared and where the sites' tabs went, in a sentence or two. */
export function describeSitesCleared(outcomes: readonly SiteOutcome[]): string {
  const cookies = outcomes.reduce((sum, outcome) => sum + outcome.cookies, 0);
  const tabs = outcomes.reduce((sum, outcome) => sum + outcome.tabsSent, 0);
  return joinSentences([
    t('allSitesCleared', tCount('cookieCount', cookies)),
    tabs > 0 ? tCount('allSitesTabsSent', tabs) : '',
  ]);
}

/** What was still there after clearing twice, one sentence per site that kept something. */
export function describeLeftBehind(outcomes: readonly SiteOutcome[]): string[] {
  return outcomes
    .filter((outcome) => outcome.left.length > 0)
    .map((outcome) => t('allSitesStillThere', outcome.site, formatList(outcome.left.map(describeLeftover))));
}

export function describeFailures(report: SitesReport): string[] {
  return report.failed.map(({ site, reason }) => joinSentences([t('allSitesFailed', site), reason]));
}
