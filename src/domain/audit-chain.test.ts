import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditFields,
  auditHash,
  type ChainRow,
  canonicalJson,
  GENESIS_HASH,
  verifyChainSegment,
} from './audit-chain.ts';

const event = fc.record<AuditFields>({
  occurredAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  actorId: fc.option(fc.nat(), { nil: null }),
  actorName: fc.option(fc.string(), { nil: null }),
  action: fc.constantFrom('auth.login', 'users.created', 'customers.viewed'),
  targetType: fc.option(fc.constantFrom('user', 'customer'), { nil: null }),
  targetId: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  details: fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
  ip: fc.option(fc.ipV4(), { nil: null }),
});

function chain(events: AuditFields[]): ChainRow[] {
  let prev = GENESIS_HASH;
  return events.map((e, i) => {
    const hash = auditHash(prev, e);
    const row = { ...e, id: i + 1, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('canonicalJson', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});

describe('audit hash chain', () => {
  it('verifies any untouched chain', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        expect(verifyChainSegment(GENESIS_HASH, chain(events)).problem).toBeUndefined();
      }),
    );
  });

  it('names the edited row when any field of any row changes', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 10 }), fc.nat(), (events, pick) => {
        const rows = chain(events);
        const index = pick % rows.length;
        const victim = rows[index] as ChainRow;
        rows[index] = { ...victim, action: `${victim.action}!` };
        expect(verifyChainSegment(GENESIS_HASH, rows).problem).toEqual({
          id: victim.id,
          reason: 'hash_mismatch',
        });
      }),
    );
  });

  it('names the row after a deleted one', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 3, maxLength: 10 }), fc.nat(), (events, pick) => {
        const rows = chain(events);
        const index = 1 + (pick % (rows.length - 2));
        const after = rows[index + 1] as ChainRow;
        rows.splice(index, 1);
        expect(verifyChainSegment(GENESIS_HASH, rows).problem).toEqual({
          id: after.id,
          reason: 'prev_hash_mismatch',
        });
      }),
    );
  });
});
