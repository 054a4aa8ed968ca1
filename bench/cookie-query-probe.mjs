// @ts-check
// An investigation tool, not part of `npm run bench`: in SignOff's worker, the survey's three cookie queries (the
// site's cookies in every partition, and the cookies kept in the site's https and http partitions) against one
// query for the whole jar filtered in the worker, and the site's query alone, with 0 and 3,000 cookies of other
// sites. Run it on a build:
//   node bench/cookie-query-probe.mjs [dist] [rounds=15]
import { startBench } from './setup.mjs';
import { median } from './stats.mjs';
import { SITE, seedSite } from './world.mjs';

const [dist = 'dist', rounds = '15'] = process.argv.slice(2);
const { bench, close, enter } = await startBench({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  dist,
});

/** Runs in the worker. @param {string} site */
async function threeQueries(site) {
  const started = performance.now();
  const lists = await Promise.all([
    chrome.cookies.getAll({ domain: site, partitionKey: {} }),
    chrome.cookies.getAll({ partitionKey: { topLevelSite: `https://${site}` } }),
    chrome.cookies.getAll({ partitionKey: { topLevelSite: `http://${site}` } }),
  ]);
  return { ms: performance.now() - started, found: lists.flat().length };
}

/** Runs in the worker. @param {string} site */
async function wholeJar(site) {
  const started = performance.now();
  const all = await chrome.cookies.getAll({ partitionKey: {} });
  const partitions = [`https://${site}`, `http://${site}`];
  const found = all.filter((cookie) => {
    const host = cookie.domain.replace(/^\./, '');
    const partition = cookie.partitionKey?.topLevelSite ?? '';
    return host === site || host.endsWith(`.${site}`) || partitions.includes(partition);
  });
  return { ms: performance.now() - started, found: found.length };
}

/** Runs in the worker. @param {string} site */
async function siteQuery(site) {
  const started = performance.now();
  const found = await chrome.cookies.getAll({ domain: site, partitionKey: {} });
  return { ms: performance.now() - started, found: found.length };
}

const ways = { threeQueries, wholeJar, siteQuery };
/** @type {Map<string, number[]>} */
const times = new Map();
try {
  for (const bystanders of [0, 3000]) {
    await enter({ tabs: 1, rules: 0, bystanders });
    await seedSite(bench.browser, 170);
    for (let round = 0; round < Number(rounds); round++) {
      for (const [name, way] of Object.entries(ways).sort(() => Math.random() - 0.5)) {
        const { ms } = await bench.browser.worker.run(way, SITE);
        const key = `${name}, ${bystanders} other cookies`;
        times.set(key, [...(times.get(key) ?? []), ms]);
      }
    }
  }
} finally {
  await close();
}
for (const [key, samples] of times) {
  const range = `${Math.min(...samples).toFixed(1)}–${Math.max(...samples).toFixed(1)}`;
  console.log(`${key}: ${median(samples).toFixed(1)} ms (${range})`);
}
