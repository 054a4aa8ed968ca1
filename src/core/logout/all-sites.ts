import type { Leftover } from './report';
import type { UndoOffer } from './snapshot';

/** What "Log out of all sites" would do now: asked for before the user confirms. */
export interface AllSitesView {
  /** The sites that have cookies or saved data, and would be logged out. */
  sites: string[];
  /** The sites with cookies or saved data that the keep list leaves signed in. */
  kept: string[];
}

/** One site of several logged out at once (all sites, or automatically). */
export interface SiteOutcome {
  site: string;
  relatedSites: string[];
  cookies: number;
  /** What was still there after clearing twice. */
  left: Leftover[];
  /** Open tabs of the site sent to its login page. */
  tabsSent: number;
}

/** What logging out of several sites at once did. */
export interface SitesReport {
  loggedOut: SiteOutcome[];
  kept: string[];
  /** Sites that could not be logged out, and why (for the user). */
  failed: Array<{ site: string; reason: string }>;
  undo?: UndoOffer;
  /** Things the user should know, such as an Undo too large to keep. */
  notes?: string[];
}
