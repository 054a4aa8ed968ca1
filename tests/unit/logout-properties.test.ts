import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CookieRecord } from '../../src/core/logout/cookies';
import { isSiteCookie } from '../../src/core/logout/cookies';
import { siteFramesOf } from '../../src/core/logout/frames';
import { planLogout } from '../../src/core/logout/plan';
import type { StoreReach } from '../../src/core/logout/reach';
import { choicesFor } from '../../src/core/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { siteOfUrl } from '../../src/core/site';

// Random cookie jars over sites that look alike: private suffixes, multi-label
// suffixes, look-alike names, IPv4 and IPv6 hosts, shared cookie names and paths,
// partitions in both directions. The oracle below is spelled out on its own, not
// taken from the code under test.

/** Registrable sites (what a tab can be on), and for each, the hosts under it. */
const SITES = [
  'example.com',
  'badexample.com',
  'example.co.uk',
  'evil.net',
  'alice.github.io',
  'bob.github.io',
  'shop.test',
  '192.168.0.1',
  '::1',
  'localhost',
];
const isIp = (site: string) => /^[\d.]+$/.test(site) || site.includes(':');
const hostsOf = (site: string) =>
  isIp(site) || site === 'localhost'
    ? [site]
    : [site, `www.${site}`, `app.${site}`, `a.b.${site}`, ...(site === 'evil.net' ? ['example.com.evil.net'] : [])];
const inUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

const site = fc.constantFrom(...SITES);
const host = site.chain((chosen) => fc.constantFrom(...hostsOf(chosen)));

const cookie: fc.Arbitrary<CookieRecord> = fc
  .record({
    name: fc.constantFrom('sid', 'id', '__Host-chip', 'pref'),
    host,
    shared: fc.boolean(),
    path: fc.constantFrom('/', '/account', '/a/b'),
    secure: fc.boolean(),
    partition: fc.option(fc.record({ site, scheme: fc.constantFrom('https', 'http'), crossSite: fc.boolean() }), {
      nil: undefined,
    }),
  })
  .map(({ name, host: cookieHost, shared, path, secure, partition }) => {
    const bare = shared && !isIp(cookieHost) && cookieHost !== 'localhost';
    return {
      name,
      domain: cookieHost.includes(':') ? `[${cookieHost}]` : bare ? `.${cookieHost}` : cookieHost,
      hostOnly: !bare,
      path,
      secure,
      ...(partition
        ? {
            partitionKey: {
              topLevelSite: `${partition.scheme}://${inUrl(partition.site)}`,
              hasCrossSiteAncestor: partition.crossSite,
            },
          }
        : {}),
    };
  });

/** Whether a cookie is the business of a logout of `target` (a site, or a related host). */
function belongsTo(candidate: CookieRecord, target: string): boolean {
  const cookieHost = candidate.domain.replace(/^\./, '').replace(/^\[|\]$/g, '');
  if (cookieHost === target || cookieHost.endsWith(`.${target}`)) return true;
  const partition = candidate.partitionKey?.topLevelSite;
  return partition !== undefined && new URL(partition).hostname.replace(/^\[|\]$/g, '') === target;
}

const hostInTarget = (origin: string, target: string) => {
  const bare = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  return bare === target || bare.endsWith(`.${target}`);
};

const openOrigin = fc
  .record({ host, scheme: fc.constantFrom('https', 'http'), port: fc.constantFrom('', ':8443') })
  .map(({ host: openHost, scheme, port }) => `${scheme}://${inUrl(openHost)}${port}`);

const world = fc.record({
  tabHost: host,
  // A jar holds one cookie per name, domain, path and partition.
  cookies: fc.uniqueArray(cookie, {
    maxLength: 60,
    selector: (c) => JSON.stringify([c.name, c.domain, c.path, c.partitionKey ?? null]),
  }),
  openOrigins: fc.array(openOrigin, { maxLength: 12 }),
  related: fc.uniqueArray(fc.oneof(site, host), { maxLength: 2 }),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function planFor(input: World, reach?: StoreReach) {
  const scope = siteOfUrl(`https://${inUrl(input.tabHost)}/page`);
  if (scope.kind !== 'web') throw new Error(`not a web scope: ${input.tabHost}`);
  const related = input.related.filter((candidate) => !hostInTarget(`https://${inUrl(candidate)}`, scope.site));
  const settings = { ...DEFAULT_SETTINGS, sites: [{ site: scope.site, relatedSites: related }] };
  const plan = planLogout({
    scope,
    tabUrl: `https://${inUrl(input.tabHost)}/page`,
    cookies: input.cookies,
    openOrigins: input.openOrigins,
    choices: choicesFor(settings, scope.host),
    ...(reach ? { reach } : {}),
  });
  return { plan, targets: [scope.site, ...related] };
}

describe('a logout plan, for any cookie jar and any open tabs', () => {
  it('in any cookie store, leaves no cookie or storage to a browsingData call that cannot reach it', () => {
    const storageTypes = ['localStorage', 'indexedDB', 'cacheStorage', 'serviceWorkers', 'fileSystems'] as const;
    const reachOfStore = fc.record({ siteCookies: fc.boolean(), storage: fc.subarray([...storageTypes]) });
    fc.assert(
      fc.property(world, reachOfStore, (input, reach) => {
        const { plan } = planFor(input, reach);
        for (const candidate of plan.cookies) {
          const byName = plan.cookiesByName.includes(candidate);
          // Cookies not removed by name are only those browsingData clears with the site's origins.
          if (!byName) expect(reach.siteCookies && isSiteCookie(candidate, plan.site), candidate.domain).toBe(true);
        }
        expect(plan.byOrigin.cookies).toBe(plan.clear.cookies && reach.siteCookies);
        expect(plan.inPages.cookies).toBe(false);
        for (const type of storageTypes) {
          const reached = reach.storage.includes(type);
          expect(plan.byOrigin[type], type).toBe(plan.clear[type] && reached);
          // What browsingData does not reach, page scripts clear (file systems have no page API).
          expect(plan.inPages[type], type).toBe(plan.clear[type] && !reached && type !== 'fileSystems');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('selects every cookie of the site and its related sites, and keeps every other', () => {
    fc.assert(
      fc.property(world, (input) => {
        const { plan, targets } = planFor(input);
        for (const candidate of input.cookies) {
          const ours = targets.some((target) => belongsTo(candidate, target));
          expect(plan.cookies.includes(candidate), JSON.stringify({ candidate, targets })).toBe(ours);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('clears the storage of every open origin of the site, and of no origin outside it', () => {
    fc.assert(
      fc.property(world, (input) => {
        const { plan, targets } = planFor(input);
        const [own, ...related] = targets as [string, ...string[]];
        for (const origin of plan.storageOrigins) expect(hostInTarget(origin, own), origin).toBe(true);
        for (const origin of plan.relatedOrigins) {
          expect(
            related.some((target) => hostInTarget(origin, target)),
            origin,
          ).toBe(true);
        }
        const cleared = new Set(
          [...plan.storageOrigins, ...plan.relatedOrigins].map((origin) => new URL(origin).origin),
        );
        for (const origin of input.openOrigins) {
          const ours = targets.some((target) => hostInTarget(origin, target));
          if (ours) expect(cleared.has(new URL(origin).origin), origin).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('frames reached by a page script, for any tree of frames', () => {
  const frameTree = fc.array(fc.record({ host, parent: fc.nat(5) }), { minLength: 1, maxLength: 8 }).map((nodes) =>
    nodes.map((node, index) => ({
      tabId: 1,
      frameId: index,
      parentFrameId: index === 0 ? -1 : Math.min(node.parent, index - 1),
      url: `https://${inUrl(node.host)}/`,
    })),
  );

  it('are the frames of the sites, partitioned exactly when an ancestor is of another site', () => {
    fc.assert(
      fc.property(frameTree, site, (frames, target) => {
        const found = siteFramesOf(frames, [target]);
        for (const frame of frames) {
          const match = found.find((candidate) => candidate.frameId === frame.frameId);
          expect(match !== undefined).toBe(hostInTarget(frame.url, target));
          if (!match) continue;
          const siteOf = (url: string) => (siteOfUrl(url) as { site: string }).site;
          let crossSite = false;
          for (let up = frames[frame.parentFrameId]; up; up = frames[up.parentFrameId]) {
            if (siteOf(up.url) !== siteOf(frame.url)) crossSite = true;
          }
          expect(match.partition !== undefined).toBe(crossSite);
        }
      }),
      { numRuns: 300 },
    );
  });
});
