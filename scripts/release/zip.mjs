// @ts-check
// Zips that come out the same from the same files: entries in path order, one fixed date.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/**
 * Every entry gets this date, so that a zip changes only when its files do.
 * Local time on purpose: a zip stores the date as the writer's local time.
 */
const ENTRY_DATE = new Date(1980, 0, 1);

/**
 * @param {Array<[string, Uint8Array]>} files each file's path in the zip (with `/`) and its bytes
 * @returns {Uint8Array}
 */
export function zipFiles(files) {
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const [path, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[path] = [bytes, { mtime: ENTRY_DATE, level: 9 }];
  }
  return zipSync(entries);
}

/**
 * Every file under a folder, by its path from that folder: the folder's
 * contents go to the zip's top level, manifest.json included.
 * @param {string} dir
 * @returns {Array<[string, Uint8Array]>}
 */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(dir, path).split(sep).join('/'), readFileSync(path)];
    });
}

/** @param {Uint8Array} zip @returns {Record<string, Uint8Array>} each file's path and bytes */
export function unzipFiles(zip) {
  return unzipSync(zip);
}
