import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYuan } from '../money.ts';
import { visibilityFor } from './confidentiality.ts';
import { isMainlandMobile, normalizeCustomerName, normalizeMobile } from './duplicates.ts';
import { statusProblems } from './lifecycle.ts';
import { maskEmail, maskMobile, maskPersonName } from './masking.ts';
import { customerScore, DEFAULT_SCORE_WEIGHTS, scoreWeightProblems, weightedScore } from './scoring.ts';
import { parseSearchTerm } from './search-grams.ts';
import { DEFAULT_TIER_RULES, tierFromAmount, tierFromScore } from './tier.ts';

describe('tier from annual amount (A ≥ 500 000, B ≥ 100 000)', () => {
  it.each([
    ['499999.99', 'B'],
    ['500000', 'A'],
    ['99999.99', 'C'],
    ['100000.00', 'B'],
    ['0', 'C'],
  ])('%s → %s', (amount, tier) =>
    expect(tierFromAmount(parseYuan(amount) as number, DEFAULT_TIER_RULES)).toBe(tier),
  );

  it('never gives a lower tier to a larger amount', () => {
    const rank = { A: 0, B: 1, C: 2, D: 3 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(rank[tierFromAmount(hi, DEFAULT_TIER_RULES)]).toBeLessThanOrEqual(
          rank[tierFromAmount(lo, DEFAULT_TIER_RULES)],
        );
      }),
    );
  });

  it('uses D below the C threshold only where a preset has four tiers', () => {
    expect(tierFromScore(30, DEFAULT_TIER_RULES)).toBe('C');
    expect(tierFromScore(30, { ...DEFAULT_TIER_RULES, scoreC: 40 })).toBe('D');
    expect(tierFromScore(80, DEFAULT_TIER_RULES)).toBe('A');
  });
});

describe('100-point score', () => {
  const asOf = new Date('2026-10-01');
  it('gives full marks to an ideal customer and stays within 0–100', () => {
    const ideal = customerScore({
      lastQuarterOrders: [{ amount: 200_000_00, productClass: 'A' }],
      firstCooperationOn: new Date('2010-01-01'),
      lastYearPayments: [{ dueOn: new Date('2026-03-01'), paidOn: new Date('2026-02-20') }],
      prospects: 10,
      asOf,
    });
    expect(ideal).toMatchObject({
      profit: 30,
      orderAmount: 30,
      years: 10,
      credit: 20,
      prospects: 10,
      total: 100,
    });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ amount: fc.nat(1e10), productClass: fc.constantFrom('A', 'B', 'C', 'past', 'x') }),
        ),
        fc.integer({ min: 0, max: 10 }),
        (orders, prospects) => {
          const { total } = customerScore({
            lastQuarterOrders: orders,
            firstCooperationOn: null,
            lastYearPayments: [],
            prospects,
            asOf,
          });
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('costs credit points for late payment', () => {
    const base = { lastQuarterOrders: [], firstCooperationOn: null, prospects: 0, asOf };
    const onTime = customerScore({
      ...base,
      lastYearPayments: [{ dueOn: new Date('2026-05-01'), paidOn: new Date('2026-05-01') }],
    });
    const late = customerScore({
      ...base,
      lastYearPayments: [{ dueOn: new Date('2026-05-01'), paidOn: new Date('2026-06-15') }],
    });
    expect(onTime.credit).toBe(20);
    expect(late.credit).toBeLessThan(onTime.credit);
  });

  it('re-weights from the stored shares exactly as a fresh computation would', () => {
    const facts = {
      lastQuarterOrders: [{ amount: 60_000_00, productClass: 'B' }],
      firstCooperationOn: new Date('2021-04-01'),
      lastYearPayments: [{ dueOn: new Date('2026-05-01'), paidOn: new Date('2026-05-20') }],
      prospects: 6,
      asOf,
    };
    const weights = { profit: 10, orderAmount: 50, years: 20, credit: 10, prospects: 10 };
    const fresh = customerScore(facts, weights);
    const reweighted = weightedScore(customerScore(facts).shares, weights);
    expect(reweighted).toEqual(fresh);
    expect(fresh.orderAmount).toBe(24);
  });

  it('accepts weights of whole numbers adding up to exactly 100', () => {
    expect(scoreWeightProblems(DEFAULT_SCORE_WEIGHTS)).toEqual([]);
    expect(scoreWeightProblems({ ...DEFAULT_SCORE_WEIGHTS, credit: 25 }).map((p) => p.part)).toEqual([
      'total',
    ]);
    expect(
      scoreWeightProblems({ ...DEFAULT_SCORE_WEIGHTS, years: -5, credit: 35 }).map((p) => p.part),
    ).toEqual(['years']);
    expect(scoreWeightProblems({ ...DEFAULT_SCORE_WEIGHTS, years: 2.5 })[0]?.zh).toBe(
      '权重应为 0–100 的整数',
    );
  });
});

describe('masking', () => {
  it('masks like the spec shows', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskEmail('zhang@example.com')).toBe('z***@example.com');
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
  });
  it('never leaks the middle digits of a mobile', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), (mobile) => {
        // Not "does not contain the middle digits": they may equal the last four (13007630763).
        expect(maskMobile(mobile), 'the first three and the last four digits, the middle four hidden').toBe(
          `${mobile.slice(0, 3)}****${mobile.slice(7)}`,
        );
      }),
    );
  });
});

describe('visibility by scope, role and grant', () => {
  const viewer = { inScope: false, canRead: true, basicOnly: false, grantedLevels: [] };
  it('shows everything in scope', () => {
    expect(visibilityFor({ ...viewer, inScope: true })).toEqual({
      secret: 'full',
      confidential: 'full',
      top_secret: 'full',
    });
  });
  it('masks contacts and hides figures out of scope', () => {
    expect(visibilityFor(viewer)).toEqual({ secret: 'full', confidential: 'masked', top_secret: 'hidden' });
  });
  it('gives marketing masked basic information only, not even masked contacts', () => {
    expect(visibilityFor({ ...viewer, basicOnly: true })).toEqual({
      secret: 'masked',
      confidential: 'hidden',
      top_secret: 'hidden',
    });
  });
  it('opens the granted level and those below it', () => {
    expect(visibilityFor({ ...viewer, basicOnly: true, grantedLevels: ['confidential'] })).toEqual({
      secret: 'full',
      confidential: 'full',
      top_secret: 'hidden',
    });
  });
  it('shows nothing to users without customer access', () => {
    expect(visibilityFor({ ...viewer, canRead: false, inScope: true }).secret).toBe('hidden');
  });
});

describe('duplicates and search', () => {
  it('treats full-width, spacing and punctuation differences as the same name', () => {
    expect(normalizeCustomerName('华为技术（深圳） 有限公司')).toBe(
      normalizeCustomerName('华为技术(深圳)有限公司'),
    );
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(isMainlandMobile('0086 13812345678')).toBe(true);
    expect(isMainlandMobile('12345')).toBe(false);
  });
  it('decides a term of at most two characters by its gram alone; longer terms get a LIKE recheck', () => {
    expect(parseSearchTerm(' 华兴 ')).toEqual({ grams: ['华兴'], pattern: null, nameGrams: ['华兴'] });
    expect(parseSearchTerm('兴')).toEqual({ grams: ['兴'], pattern: null, nameGrams: [] });
    expect(parseSearchTerm('华兴机械')).toEqual({
      grams: ['华兴', '兴机', '机械'],
      pattern: '%华兴机械%',
      nameGrams: ['华兴', '兴机', '机械'],
    });
    expect(parseSearchTerm('50%_off')?.pattern).toBe('%50\\%\\_off%');
    expect(parseSearchTerm('   ')).toBeNull();
  });
  it('looks a whole customer code up exactly, whatever its case', () => {
    expect(parseSearchTerm('kh0001')).toEqual({ grams: [], pattern: null, code: 'KH0001' });
    expect(parseSearchTerm('KH10000')?.code).toBe('KH10000');
    expect(parseSearchTerm('KH01')?.code).toBeUndefined();
  });
  it('reads a term through its bigrams a code cannot hold (the ordered name grams have none of those)', () => {
    for (const piece of ['KH01', 'kh', 'h00', '0012', ' 00 12 ', '华|兴', '华']) {
      expect(parseSearchTerm(piece)?.nameGrams, piece).toEqual([]);
    }
    expect(parseSearchTerm('kh客户')?.nameGrams).toEqual(['h客', '客户']);
    expect(parseSearchTerm('3m')?.nameGrams).toEqual(['3m']);
    expect(parseSearchTerm('华兴2024')?.nameGrams).toEqual(['华兴', '兴2']);
    expect(parseSearchTerm('SHZL')?.nameGrams).toEqual(['sh', 'hz', 'zl']);
  });
  it('requires a reason and date for 流失', () => {
    expect(statusProblems('lost', '', null).map((p) => p.field)).toEqual(['lostReason', 'lostOn']);
    expect(statusProblems('active')).toEqual([]);
  });
});
