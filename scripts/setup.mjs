// @ts-check
// Steps shared by `npm start`, `npm run start:firefox` and `npm test`: dependencies, browsers, running commands.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium.mjs';
import { firefoxProblem } from './firefox.mjs';

/** Runs a command with inherited output; exits the process if it fails. @param {string[]} command */
export function run(...command) {
  const [program, ...args] = command;
  if (!program) throw new Error('run() needs a command');
  const result = spawnSync(program, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${command.join(' ')} failed${result.status === null ? ` (${result.signal})` : ''}`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Installs the locked dependencies when node_modules has none yet, or is
 * older than the lockfile (a `git pull` changed it). npm writes
 * node_modules/.package-lock.json at every install, so its age is the install's.
 */
export function ensureDependencies() {
  const installed = 'node_modules/.package-lock.json';
  if (!existsSync(installed)) {
    console.log('Installing dependencies (npm ci)…');
  } else if (statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
    console.log('package-lock.json changed since the last install: installing dependencies again (npm ci)…');
  } else {
    return;
  }
  run('npm', 'ci', '--no-audit', '--no-fund');
}

/** @returns {string} the Chromium to use; exits with install instructions when there is none */
export function requireChromium() {
  const chromium = findChromium();
  if (!chromium) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return chromium;
}

/** Exits with install instructions when Firefox ESR (153 or later) is missing or too old. */
export function requireFirefox() {
  const problem = firefoxProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

/**
 * Exits with install instructions when a program is missing.
 * @param {string[]} programs @param {string} needer what needs them: "The tests", "The demo"
 */
export function requirePrograms(programs, needer) {
  const missing = programs.filter((program) => spawnSync('which', [program], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  const packages = missing.map((program) => (program === 'Xvfb' ? 'xvfb' : program)).join(' ');
  console.error(`${needer} cannot run without ${missing.join(', ')}, which this machine lacks.
  Install: sudo apt-get install ${packages}`);
  process.exit(1);
}
