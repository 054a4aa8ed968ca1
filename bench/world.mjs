// @ts-check
// The world a logout runs in: the site's cookies, other sites' cookies, open tabs and the rules in settings.
// Cookies are written by SignOff's own service worker (the cookies API), which is quicker than pages.

/** @typedef {import('./browser.mjs').Browser} Browser */

export const SITE = 'bench.test';
/** The site's cookies are spread over 20 of its hosts. */
export const SITE_HOSTS = ['app', ...Array.from({ length: 19 }, (_, i) => `s${i + 1}`)].map((h) => `${h}.${SITE}`);
/** Other sites, whose cookies must come through every logout untouched. */
export const BYSTANDER_SITES = Array.from({ length: 20 }, (_, i) => `site${i + 1}.test`);

/**
 * Runs in the service worker: `count` cookies of the site over its hosts, of every kind a site sets:
 * host-only and Domain=, HttpOnly, path-restricted, persistent, SameSite=None, partitioned (CHIPS).
 * A session cookie `sid` on the tab's host makes the test site's pages say "signed in".
 * @param {{ site: string, hosts: string[], count: number }} seed
 */
async function seedSiteCookies({ site, hosts, count }) {
  await chrome.browsingData.remove({ origins: [`https://${site}`] }, { cookies: true });
  const inADay = Date.now() / 1000 + 86_400;
  /** @type {chrome.cookies.SetDetails[]} */
  const cookies = [{ url: `https://${hosts[0]}/`, name: 'sid', value: 'bench', secure: true, httpOnly: true }];
  for (let i = 1; i < count; i++) {
    const host = hosts[i % hosts.length];
    const base = { url: `https://${host}/`, name: `c${i}`, value: `${host}-${i}-${'v'.repeat(24)}`, secure: true };
    const kinds = [
      base,
      { ...base, domain: site },
      { ...base, httpOnly: true, sameSite: /** @type {const} */ ('strict') },
      { ...base, url: `https://${host}/p${i % 5}/`, path: `/p${i % 5}`, expirationDate: inADay },
      { ...base, sameSite: /** @type {const} */ ('no_restriction'), expirationDate: inADay },
      { ...base, sameSite: /** @type {const} */ ('no_restriction'), partitionKey: { topLevelSite: `https://${site}` } },
    ];
    cookies.push(/** @type {chrome.cookies.SetDetails} */ (kinds[i % kinds.length]));
  }
  await Promise.all(cookies.map((cookie) => chrome.cookies.set(cookie)));
}

/** Runs in the service worker: `perSite` cookies on each of `sites`. @param {{ sites: string[], perSite: number }} seed */
async function seedBystanderCookies({ sites, perSite }) {
  await Promise.all(
    sites.flatMap((site) =>
      Array.from({ length: perSite }, (_, i) =>
        chrome.cookies.set({
          url: `https://www.${site}/`,
          name: `b${i}`,
          value: `${site}-${i}`,
          secure: true,
          ...(i % 3 === 0 ? { domain: site } : {}),
        }),
      ),
    ),
  );
}

/** Runs in the service worker: how many cookies the site has, and the rest of the jar. @param {string} site */
export async function countCookies(site) {
  const all = await chrome.cookies.getAll({ partitionKey: {} });
  const own = all.filter((cookie) => {
    const domain = cookie.domain.replace(/^\./, '');
    return domain === site || domain.endsWith(`.${site}`);
  }).length;
  return { site: own, others: all.length - own };
}

/** @param {Browser} browser @param {number} count */
export async function seedSite(browser, count) {
  await browser.worker.run(seedSiteCookies, { site: SITE, hosts: SITE_HOSTS, count });
  const { site } = await browser.worker.run(countCookies, SITE);
  // Chromium keeps about 180 cookies per site and evicts the oldest beyond that: a short count is a broken arm.
  if (site !== count) throw new Error(`Seeded ${count} cookies of ${SITE}, the browser kept ${site}`);
}

/** @param {Browser} browser @param {number} total spread evenly over the bystander sites */
export async function setBystanders(browser, total) {
  const origins = BYSTANDER_SITES.map((site) => `https://${site}`);
  await browser.worker.run(
    (list) => chrome.browsingData.remove({ origins: /** @type {[string, ...string[]]} */ (list) }, { cookies: true }),
    origins,
  );
  if (total > 0) {
    await browser.worker.run(seedBystanderCookies, { sites: BYSTANDER_SITES, perSite: total / BYSTANDER_SITES.length });
  }
  const { others } = await browser.worker.run(countCookies, SITE);
  if (others !== total) throw new Error(`Seeded ${total} cookies of other sites, the browser kept ${others}`);
}

/**
 * Replaces the rules in settings by `count` rules: the site's own (its login page) and others', through
 * the settings import that the options page uses. An extension page asks (the background answers no other).
 * @param {Browser} browser @param {number} count @param {string} loginUrl
 */
export async function setRules({ cdp, extensionId }, count, loginUrl) {
  const sites = [{ site: SITE, loginUrl }];
  for (let i = 1; i < count; i++) sites.push({ site: `rule${i}.test`, loginUrl: `https://www.rule${i}.test/login` });
  const url = `chrome-extension://${extensionId}/src/options/index.html`;
  const { targetId } = await cdp.send('Target.createTarget', { url, background: true });
  try {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    // A new tab shows a blank page, "complete" too, before the options page: wait for the page itself.
    const loaded = () =>
      cdp.evaluate(sessionId, (page) => location.href === page && document.readyState === 'complete', url);
    for (let waited = 0; !(await loaded()); waited += 20) {
      if (waited > 10_000) throw new Error('The options page did not load');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const text = JSON.stringify({ version: 1, sites });
    const outcome = await cdp.evaluate(
      sessionId,
      (file) => chrome.runtime.sendMessage({ type: 'importSettings', payload: { text: file } }),
      text,
    );
    if (!outcome?.accepted) throw new Error(`SignOff refused ${count} rules: ${JSON.stringify(outcome?.issues)}`);
  } finally {
    await cdp.send('Target.closeTarget', { targetId });
  }
}

/**
 * The open tabs: the tab in front and `total - 1` more, a quarter of all on the site (reloaded by each
 * logout, as the default rule says) and the rest on other sites.
 * @param {Browser} browser @param {number} port the test site's
 */
export function tabsOpen(browser, port) {
  /** @type {string[]} */
  const onSite = [];
  /** @type {string[]} */
  const elsewhere = [];
  /** @param {string[]} open @param {number} wanted @param {(i: number) => string} urlOf */
  const adjust = async (open, wanted, urlOf) => {
    while (open.length < wanted) {
      const { targetId } = await browser.cdp.send('Target.createTarget', { url: urlOf(open.length), background: true });
      open.push(targetId);
    }
    while (open.length > wanted) await browser.cdp.send('Target.closeTarget', { targetId: open.pop() });
  };
  return {
    /** @param {number} total */
    async resize(total) {
      await adjust(
        onSite,
        Math.max(0, Math.round(total / 4) - 1),
        (i) => `https://${SITE_HOSTS[1 + (i % 19)]}:${port}/account`,
      );
      await adjust(elsewhere, total - 1 - onSite.length, (i) => `https://www.${BYSTANDER_SITES[i % 20]}:${port}/`);
      await settle(browser, total);
    },
  };
}

/** Waits until `total` tabs are open and none is loading (a logout reloads the site's other tabs). */
export async function settle(/** @type {Browser} */ browser, /** @type {number} */ total) {
  for (let waited = 0; ; waited += 20) {
    const tabs = await browser.worker.run(async () =>
      (await chrome.tabs.query({})).map((tab) => tab.status ?? 'unknown'),
    );
    if (tabs.length === total && tabs.every((status) => status === 'complete')) return;
    if (waited > 30_000) throw new Error(`Expected ${total} open tabs, all loaded; found ${tabs.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
