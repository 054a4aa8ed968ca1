/**
 * Where a read takes the organisation's policy from: the browser's answer
 * (waited for), or the copy SignOff keeps of the answer it last had (a logout,
 * which should not wait for a fresh worker's slow first answer).
 */
export type PolicySource = 'answer' | 'copy';

/**
 * The kept copy to go by, or undefined when the read waits for the browser's
 * answer: the caller asked for the answer, there is no copy, or the policy has
 * changed since the copy was last checked (`behind`).
 */
export function copyToGoBy<T>(wanted: PolicySource, copied: T | undefined, behind: boolean): T | undefined {
  return wanted === 'copy' && !behind ? copied : undefined;
}

/** Whether the copy must be written: there is none yet (no policy is an answer too), or the answer differs. */
export function copyIsStale(answer: unknown, copied: unknown): boolean {
  return copied === undefined || JSON.stringify(answer) !== JSON.stringify(copied);
}
