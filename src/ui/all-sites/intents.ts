import type { AllSitesView, SitesReport } from '../../core/logout/all-sites';
import type { UndoReport } from '../../core/logout/snapshot';

/** What "Log out of all sites" asks of the background, from the popup or the options page. */
export interface AllSitesIntents {
  /** What a logout of all sites would log out and keep: asked for before the user confirms. */
  surveyAllSites(): Promise<AllSitesView>;
  /** Logs out of the sites the user confirmed (those still found), none other. */
  logOutOfAllSites(sites: readonly string[]): Promise<SitesReport>;
  /** Puts back what a logout cleared, by the id of its Undo offer. */
  undo(id: string): Promise<UndoReport>;
}
