// @ts-check
// The machine, browser and build the figures come from, for the report's first lines.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';

/** The machine and the browser. @param {string} chromium */
export function describeMachine(chromium) {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown CPU';
  const os = existsSync('/etc/os-release')
    ? (/PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux')
    : process.platform;
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${os}`,
    chromium,
  };
}

/**
 * The build measured, told apart by a fingerprint of its files, and the code it came from. Called as the
 * run begins, before anyone edits the code further.
 * @param {string} dist @param {boolean} builtNow whether this run built it
 */
export function describeBuild(dist, builtNow) {
  const hash = createHash('sha256');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const path of files.map((entry) => join(entry.parentPath, entry.name)).sort()) {
    hash.update(relative(dist, path)).update(readFileSync(path));
  }
  const where = relative(process.cwd(), dist) || '.';
  const fingerprint = hash.digest('hex').slice(0, 12);
  return builtNow
    ? `${where}/ (fingerprint ${fingerprint}), built by this run from ${gitState()}`
    : `${where}/ (fingerprint ${fingerprint}), given to the run; the code was at ${gitState()} as it began`;
}

/** The commit, and whether the code differs from it. */
function gitState() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'manifest.json', 'public']).toString();
    return changed.trim() ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'an unknown commit';
  }
}

/**
 * Starts counting CPU time: the machine's, and this process's with everything it started (the browser and
 * its X server). What remains is other processes' work, which the figures would show.
 */
export function startCpuMeter() {
  const start = { machine: machineTicks(), own: ownTicks() };
  return {
    /** Other processes' share of the machine's CPU time since the start (0 to 1). */
    othersShare() {
      const machine = machineTicks();
      const busy = machine.busy - start.machine.busy - (ownTicks() - start.own);
      return Math.max(0, busy / Math.max(1, machine.total - start.machine.total));
    },
  };
}

/** Every CPU's ticks since boot, and those not idle. */
function machineTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/) ?? [];
  const ticks = fields.slice(0, 8).map(Number);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** Ticks of this process and its descendants, those that ended included (their parents' child times). */
function ownTicks() {
  /** @type {Map<number, { parent: number, ticks: number }>} */
  const processes = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command's closing parenthesis: state, ppid, …, utime (12), stime, cutime, cstime.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
      processes.set(Number(entry), { parent: Number(fields[1]), ticks });
    } catch {
      // The process ended while being read.
    }
  }
  const isOwn = (/** @type {number} */ pid) => {
    for (let at = pid; at > 1; at = processes.get(at)?.parent ?? 0) if (at === process.pid) return true;
    return false;
  };
  return [...processes].reduce((sum, [pid, { ticks }]) => (isOwn(pid) ? sum + ticks : sum), 0);
}
