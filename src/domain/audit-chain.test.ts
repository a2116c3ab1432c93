import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditFields,
  auditHash,
  CHAIN_START,
  type ChainRow,
  canonicalJson,
  compareWithCheckpoint,
  GENESIS_HASH,
  KEYED,
  keyedAuditHash,
  readCheckpoint,
  signCheckpoint,
  UNKEYED,
  verifyChainSegment,
} from './audit-chain.ts';

const KEY = Buffer.alloc(32, 1);
const OTHER_KEY = Buffer.alloc(32, 2);

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

/** Rows as the server writes them: the first `unkeyed` with the old plain hash, the rest keyed. */
function chain(events: AuditFields[], unkeyed = 0, key: Uint8Array = KEY): ChainRow[] {
  let prev = GENESIS_HASH;
  return events.map((e, i) => {
    const hashVersion = i < unkeyed ? UNKEYED : KEYED;
    const hash = hashVersion === UNKEYED ? auditHash(prev, e) : keyedAuditHash(key, prev, e);
    const row = { ...e, id: i + 1, prevHash: prev, hash, hashVersion };
    prev = hash;
    return row;
  });
}

/** What someone with write access but without the key can do: recompute every hash with the public function. */
function rehashWithoutKey(rows: ChainRow[], version: number): ChainRow[] {
  let prev = GENESIS_HASH;
  return rows.map((r) => {
    const hash = auditHash(prev, r);
    const row = { ...r, prevHash: prev, hash, hashVersion: version };
    prev = hash;
    return row;
  });
}

const verify = (rows: ChainRow[], key: Uint8Array = KEY) => verifyChainSegment(key, CHAIN_START, rows);

describe('canonicalJson', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});

describe('audit hash chain', () => {
  it('verifies any untouched chain, keyed or partly written before the chain was keyed', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), fc.nat(25), (events, unkeyed) => {
        const result = verify(chain(events, unkeyed));
        expect(result.problem).toBeUndefined();
        const lastUnkeyed = Math.min(unkeyed, events.length);
        expect(result.state.lastUnkeyedId).toBe(lastUnkeyed > 0 ? lastUnkeyed : undefined);
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
        expect(verify(rows).problem).toEqual({ id: victim.id, reason: 'hash_mismatch' });
      }),
    );
  });

  it('names the edited row even when every hash was recomputed with the public function', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 10 }), fc.nat(), (events, pick) => {
        const rows = chain(events);
        const index = pick % rows.length;
        const victim = rows[index] as ChainRow;
        rows[index] = { ...victim, actorName: `${victim.actorName ?? ''}冒名` };
        // Keeping the rows marked keyed: the first keyed row no longer carries a valid HMAC.
        expect(verify(rehashWithoutKey(rows, KEYED)).problem).toEqual({ id: 1, reason: 'hash_mismatch' });
      }),
    );
  });

  it('does not accept hashes made with another key', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 5 }), (events) => {
        expect(verify(chain(events, 0, OTHER_KEY)).problem).toEqual({ id: 1, reason: 'hash_mismatch' });
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
        expect(verify(rows).problem).toEqual({ id: after.id, reason: 'prev_hash_mismatch' });
      }),
    );
  });

  it('refuses an unkeyed row after a keyed one (appended or rewritten without the key)', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 2, maxLength: 10 }), fc.nat(), (events, pick) => {
        const rows = chain(events);
        const from = 1 + (pick % (rows.length - 1));
        const tail = rehashWithoutKey(rows, UNKEYED).slice(from);
        // The tail is relinked to the keyed head so only the version rule can catch it.
        const head = rows.slice(0, from);
        let prev = (head[head.length - 1] as ChainRow).hash;
        const relinked = tail.map((r) => {
          const hash = auditHash(prev, r);
          const row = { ...r, prevHash: prev, hash };
          prev = hash;
          return row;
        });
        expect(verify([...head, ...relinked]).problem).toEqual({
          id: from + 1,
          reason: 'unkeyed_after_keyed',
        });
      }),
    );
  });

  it('seals the rows written before the chain was keyed: changing them later breaks the first keyed row', () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 2, maxLength: 10 }),
        fc.nat(),
        fc.nat(),
        (events, unkeyedPick, pick) => {
          const unkeyed = 1 + (unkeyedPick % (events.length - 1));
          const rows = chain(events, unkeyed);
          const index = pick % unkeyed;
          rows[index] = { ...(rows[index] as ChainRow), action: 'forged' };
          // The old rows are rehashed with the public function, as their version allows.
          const rehashed = [...rehashWithoutKey(rows.slice(0, unkeyed), UNKEYED), ...rows.slice(unkeyed)];
          expect(verify(rehashed).problem).toEqual({ id: unkeyed + 1, reason: 'prev_hash_mismatch' });
        },
      ),
    );
  });

  it('continues across batches', () => {
    const rows = chain(
      Array.from({ length: 6 }, (_, i) => ({
        occurredAt: new Date(2026, 0, i + 1),
        actorId: 1,
        actorName: 'a',
        action: 'auth.login',
        targetType: null,
        targetId: null,
        details: { i },
        ip: null,
      })),
      2,
    );
    const first = verifyChainSegment(KEY, CHAIN_START, rows.slice(0, 3));
    const second = verifyChainSegment(KEY, first.state, rows.slice(3));
    expect(second).toEqual({ state: { prev: rows[5]?.hash, lastUnkeyedId: 2, keyedSeen: true } });
    expect(verifyChainSegment(KEY, first.state, rows.slice(4)).problem).toEqual({
      id: 5,
      reason: 'prev_hash_mismatch',
    });
  });

  it('names an unknown hash version', () => {
    const rows = chain([
      {
        occurredAt: new Date(0),
        actorId: null,
        actorName: null,
        action: 'x',
        targetType: null,
        targetId: null,
        details: {},
        ip: null,
      },
    ]);
    expect(verify([{ ...(rows[0] as ChainRow), hashVersion: 3 }]).problem).toEqual({
      id: 1,
      reason: 'unknown_hash_version',
    });
  });
});

describe('checkpoints', () => {
  const head = { lastId: 42, hash: 'a'.repeat(64), count: 40 };
  const at = new Date('2026-03-01T08:00:00Z');

  it('reads back what was signed', () => {
    const signed = signCheckpoint(KEY, head, at);
    expect(readCheckpoint(KEY, JSON.parse(JSON.stringify(signed)))).toEqual({ checkpoint: signed });
  });

  it('refuses a checkpoint with any field changed, or signed with another key', () => {
    const signed = signCheckpoint(KEY, head, at);
    for (const changed of [
      { ...signed, lastId: 41 },
      { ...signed, count: 39 },
      { ...signed, hash: 'b'.repeat(64) },
      { ...signed, at: '2026-03-01T08:00:01.000Z' },
      { ...signed, mac: signed.mac.replace(/^./, (c) => (c === '0' ? '1' : '0')) },
    ]) {
      expect(readCheckpoint(KEY, changed)).toEqual({ invalid: 'bad_signature' });
    }
    expect(readCheckpoint(OTHER_KEY, signed)).toEqual({ invalid: 'bad_signature' });
  });

  it('refuses malformed checkpoints', () => {
    const signed = signCheckpoint(KEY, head, at);
    for (const bad of [
      null,
      'x',
      {},
      { ...signed, lastId: '42' },
      { ...signed, hash: 'xyz' },
      { ...signed, at: 'later' },
    ]) {
      expect(readCheckpoint(KEY, bad)).toEqual({ invalid: 'malformed' });
    }
  });

  it('tells removed newest events, a rewritten chain and removed rows apart', () => {
    expect(compareWithCheckpoint(head, { hashAtLastId: head.hash, countThroughLastId: 40 })).toBe('verified');
    expect(compareWithCheckpoint(head, { hashAtLastId: undefined, countThroughLastId: 38 })).toBe(
      'head_missing',
    );
    expect(compareWithCheckpoint(head, { hashAtLastId: 'c'.repeat(64), countThroughLastId: 40 })).toBe(
      'head_mismatch',
    );
    expect(compareWithCheckpoint(head, { hashAtLastId: head.hash, countThroughLastId: 39 })).toBe(
      'count_mismatch',
    );
    expect(
      compareWithCheckpoint(
        { lastId: 0, hash: GENESIS_HASH, count: 0 },
        { hashAtLastId: undefined, countThroughLastId: 0 },
      ),
    ).toBe('verified');
  });
});
