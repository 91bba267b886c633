import { describe, expect, it } from 'vitest';
import { robustLengthCost, UNRELATED } from './bead-cost.ts';
import { delta, lengthCost, logErfc, priorCost, STANDARD } from './gale-church.ts';

describe('the Gale–Church length model', () => {
  it('computes erfc in log space, finite far in the tail', () => {
    expect(Math.exp(logErfc(0))).toBeCloseTo(1, 6);
    expect(Math.exp(logErfc(1))).toBeCloseTo(0.157299, 6);
    expect(Math.exp(logErfc(3)) / 2.209049699858544e-5).toBeCloseTo(1, 5);
    expect(logErfc(40)).toBeLessThan(-1500);
    expect(Number.isFinite(logErfc(40))).toBe(true);
  });

  it('scores equal lengths as likely and far lengths as unlikely', () => {
    expect(delta(100, 100, STANDARD)).toBe(0);
    expect(lengthCost(100, 100, STANDARD)).toBeCloseTo(0, 4);
    expect(lengthCost(300, 100, STANDARD)).toBeGreaterThan(lengthCost(120, 100, STANDARD));
  });

  it('uses the paper’s priors on its −100·ln scale (2–1 costs 230 more than 1–1, 1–0 450)', () => {
    expect(priorCost('2-1') - priorCost('1-1')).toBeCloseTo(230.3, 1);
    expect(priorCost('1-0') - priorCost('1-1')).toBeCloseTo(449.9, 1);
  });

  it('never charges lengths more than calling the two sides unrelated', () => {
    const cap = -100 * Math.log(UNRELATED);
    expect(robustLengthCost(2000, 10, STANDARD)).toBeCloseTo(cap, 0);
    expect(robustLengthCost(100, 100, STANDARD)).toBeCloseTo(0, 1);
  });
});
