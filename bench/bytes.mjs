// @ts-check
// What the popup loads (its page's scripts and styles, and every module they import) and the service
// worker's bundle, raw and gzipped.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @typedef {{ name: string, raw: number, gzip: number }} FileSize */
/** @typedef {{ files: FileSize[], raw: number, gzip: number }} Group */
/** @typedef {{ popup: Group, worker: Group }} Bytes */

/** @param {string} dist @returns {Bytes} */
export function measureBytes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const popupHtml = resolve(dist, manifest.action.default_popup);
  const html = readFileSync(popupHtml, 'utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) =>
    resolveFrom(dist, popupHtml, /** @type {string} */ (match[1])),
  );
  return {
    popup: group(dist, withImports(linked)),
    worker: group(dist, withImports([resolve(dist, manifest.background.service_worker)])),
  };
}

/** @param {string} dist @param {string} from @param {string} url */
function resolveFrom(dist, from, url) {
  return url.startsWith('/') ? resolve(dist, `.${url}`) : resolve(dirname(from), url);
}

/** The files and every module they import statically (what loads before the code runs). @param {string[]} files */
function withImports(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bimport\s*|\bfrom\s*)["']([^"']+\.js)["']/g)) {
      queue.push(resolve(dirname(file), /** @type {string} */ (match[1])));
    }
  }
  return [...seen];
}

/** @param {string} dist @param {string[]} files @returns {Group} */
function group(dist, files) {
  const sizes = files.map((file) => {
    const content = readFileSync(file);
    return { name: relative(dist, file), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
  return {
    files: sizes,
    raw: sizes.reduce((sum, file) => sum + file.raw, 0),
    gzip: sizes.reduce((sum, file) => sum + file.gzip, 0),
  };
}
