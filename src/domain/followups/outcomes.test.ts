import { describe, expect, it } from 'vitest';
import { nextRevisit } from './outcomes.ts';

describe('revisits of an unresolved matter', () => {
  const first = { round: null, method: 'onsite', majorComplaint: false };

  it('needs none when the matter is resolved or not said to be open', () => {
    expect(nextRevisit(first, true)).toBeUndefined();
    expect(nextRevisit(first, undefined)).toBeUndefined();
  });

  it('comes back a 2nd time the same way, a 3rd time by phone, then stops', () => {
    expect(nextRevisit(first, false)).toEqual({ round: 2, method: 'onsite' });
    expect(nextRevisit({ ...first, round: 2 }, false)).toEqual({ round: 3, method: 'phone' });
    expect(nextRevisit({ ...first, round: 3 }, false)).toBe('exhausted');
  });

  it('keeps a major complaint’s way for the 3rd revisit', () => {
    expect(nextRevisit({ round: 2, method: 'onsite', majorComplaint: true }, false)).toEqual({
      round: 3,
      method: 'onsite',
    });
  });
});
