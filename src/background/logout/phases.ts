import type { LogoutPhase, LogoutTiming } from '../../core/logout/report';

/** A stopwatch for a logout's phases: each lap ends the named phase where the last one ended. */
export interface PhaseClock {
  lap(phase: LogoutPhase): void;
  timing(): LogoutTiming;
}

export function startPhaseClock(): PhaseClock {
  const startedAt = Date.now();
  const phases: Partial<Record<LogoutPhase, number>> = {};
  let last = performance.now();
  return {
    lap(phase) {
      const now = performance.now();
      phases[phase] = Math.round(((phases[phase] ?? 0) + now - last) * 10) / 10;
      last = now;
    },
    timing: () => ({ startedAt, phases: { ...phases } }),
  };
}

/** A clock that keeps no time, for callers that do not report one (a logout resumed after a restart). */
export const NO_CLOCK: PhaseClock = { lap() {}, timing: () => ({ startedAt: 0, phases: {} }) };
