// @ts-check
// The source archive's files: what git tracks, as the work tree has them (the build just made the zips from it).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Pictures that no build reads: the end-to-end run's and the store listings'. */
const NOT_NEEDED = /^(tests|store)\/screenshots\//;

/** @returns {Array<[string, Uint8Array]>} */
export function sourceFiles() {
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0');
  return tracked
    .filter((path) => path && !NOT_NEEDED.test(path) && existsSync(path))
    .map((path) => [path, readFileSync(path)]);
}
