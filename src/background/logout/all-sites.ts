import type { AllSitesView, SitesReport } from '../../core/logout/all-sites';

export async function surveyAllSites(_tabId?: number): Promise<AllSitesView> {
  throw new Error('not built yet');
}

export async function logOutOfAllSites(_tabId?: number): Promise<SitesReport> {
  throw new Error('not built yet');
}
