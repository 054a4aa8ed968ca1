import { useEffect, useState } from 'preact/hooks';

/** Seconds left until `deadline`, counted afresh at each render (a new deadline shows at once). */
export function useSecondsUntil(deadline: number): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 250);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
