let tail: Promise<unknown> = Promise.resolve();

/** Past this, a task that has not ended no longer holds up the next one. */
const LONGEST_TASK_MS = 60_000;

/**
 * Runs logouts, resumed logouts and Undo one at a time: each reads and
 * changes the same sessions and the same Undo snapshot, so an Undo must not
 * put back what a logout that started meanwhile is clearing.
 */
export function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  tail = Promise.race([settled, new Promise((done) => setTimeout(done, LONGEST_TASK_MS))]);
  return run;
}
