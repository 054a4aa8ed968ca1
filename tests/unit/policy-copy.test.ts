import { describe, expect, it } from 'vitest';
import { copyIsStale, copyToGoBy, type PolicySource } from '../../src/core/settings/policy-copy';

describe('which policy a read goes by', () => {
  const copy = { lockRules: true };
  it.each<[PolicySource, typeof copy | undefined, boolean, typeof copy | undefined]>([
    ['copy', copy, false, copy],
    ['copy', undefined, false, undefined],
    ['copy', copy, true, undefined],
    ['answer', copy, false, undefined],
    ['answer', undefined, true, undefined],
  ])('a %s read with copy %o, behind %s, goes by %o (undefined: the answer)', (wanted, copied, behind, expected) => {
    expect(copyToGoBy(wanted, copied, behind)).toBe(expected);
  });

  it.each([
    [{}, undefined, true],
    [{}, {}, false],
    [{ lockRules: true }, { lockRules: true }, false],
    [{ lockRules: true }, {}, true],
    [{}, { lockRules: true }, true],
  ])('with answer %o and copy %o, the copy is written: %s', (answer, copied, stale) => {
    expect(copyIsStale(answer, copied)).toBe(stale);
  });
});
