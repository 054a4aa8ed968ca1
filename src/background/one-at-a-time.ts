/**
 * A queue that runs its tasks one at a time, each after the one before has
 * settled. With `longestTaskMs`, a task that has not settled by then no longer
 * holds up the next.
 */
export function createQueue({ longestTaskMs }: { longestTaskMs?: number } = {}) {
  let tail: Promise<unknown> = Promise.resolve();
  return function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    tail = longestTaskMs === undefined ? settled : Promise.race([settled, delay(longestTaskMs)]);
    return run;
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
