import type { SitesReport } from '../../src/core/logout/all-sites';
import type { UndoReport } from '../../src/core/logout/snapshot';
import type { AllSitesIntents } from '../../src/ui/all-sites';

interface World {
  /** The sites with cookies or saved data, and how many cookies each has. */
  signedIn: Record<string, number>;
  keep: string[];
}

/**
 * "Log out of all sites" against a browser held in memory: the survey reads
 * it, the logout empties every site not kept, Undo puts them back. `overrides`
 * answer in their place (a refusal, a report with failures).
 */
export function fakeAllSites(world: World, overrides: Partial<AllSitesIntents> = {}) {
  let signedIn = { ...world.signedIn };
  let undone: Record<string, number> | undefined;
  const sent: string[] = [];
  const isKept = (site: string) => world.keep.includes(site);
  const intents: AllSitesIntents = {
    surveyAllSites: async () => {
      sent.push('surveyAllSites');
      const sites = Object.keys(signedIn);
      return { sites: sites.filter((site) => !isKept(site)), kept: sites.filter(isKept) };
    },
    logOutOfAllSites: async (confirmed) => {
      sent.push('logOutOfAllSites');
      // As the background does: only the sites the user confirmed.
      const cleared = Object.entries(signedIn).filter(([site]) => !isKept(site) && confirmed.includes(site));
      undone = Object.fromEntries(cleared);
      const clearedSites = new Set(cleared.map(([site]) => site));
      signedIn = Object.fromEntries(Object.entries(signedIn).filter(([site]) => !clearedSites.has(site)));
      const sites = cleared.map(([site]) => site);
      const report: SitesReport = {
        loggedOut: cleared.map(([site, cookies]) => ({ site, relatedSites: [], cookies, left: [], tabsSent: 1 })),
        kept: Object.keys(signedIn),
        failed: [],
      };
      const [first] = sites;
      if (first === undefined) return report;
      return {
        ...report,
        undo: { id: 'all-1', site: first, sites, expiresAt: Date.now() + 10_000, serverSessionEnded: false },
      };
    },
    undo: async (id) => {
      sent.push(`undo(${id})`);
      if (!undone) throw new Error('Too late to undo.');
      signedIn = { ...signedIn, ...undone };
      const sites = Object.keys(undone);
      const cookiesRestored = Object.values(undone).reduce((sum, count) => sum + count, 0);
      undone = undefined;
      const report: UndoReport = {
        site: sites[0] ?? '',
        sites,
        cookiesRestored,
        cookiesRefused: [],
        storage: 'none',
        pageUrl: '',
        reopened: false,
      };
      return report;
    },
    ...overrides,
  };
  return {
    intents,
    /** Every request the page sent, in order. */
    sent,
    /** The sites that still have cookies or saved data. */
    signedIn: () => Object.keys(signedIn),
  };
}

/** A browser with four sites signed in and one of them kept. */
export const FOUR_AND_MAIL: World = {
  signedIn: { 'a.test': 3, 'b.test': 2, 'mail.test': 4, 'c.test': 1, 'd.test': 5 },
  keep: ['mail.test'],
};
