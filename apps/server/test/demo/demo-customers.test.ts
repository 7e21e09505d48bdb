import { describe, expect, it } from 'vitest';
import { SEGMENTS, type SegmentKey } from '../../src/demo/demo-catalogue';
import { buildCompany } from '../../src/demo/demo-company';
import {
  type CustomerHistory,
  type CustomerWorld,
  customerExternalId,
  generateCustomer,
  HISTORY_DAYS,
} from '../../src/demo/demo-customers';

const DAY = 86_400_000;
const now = Date.parse('2026-11-02T09:00:00Z');
const seed = 20_240_601;
const world: CustomerWorld = { seed, now, customers: 6_000, stores: buildCompany(seed).stores };
const histories: CustomerHistory[] = Array.from({ length: world.customers }, (_, i) =>
  generateCustomer(world, i),
);
const bySegment = (segment: SegmentKey) => histories.filter((h) => h.profile.segment === segment);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('demo customers and their purchases', () => {
  it('are a pure function of the seed and the index', () => {
    expect(generateCustomer(world, 123)).toEqual(histories[123]);
    expect(generateCustomer({ ...world, seed: seed + 1 }, 123)).not.toEqual(histories[123]);
    expect(customerExternalId(0)).toBe('NW00000001');
    expect(customerExternalId(9) < customerExternalId(10)).toBe(true);
  });

  it('fall into the segments in their proportions, with unique reserved e-mail addresses', () => {
    for (const [key, spec] of Object.entries(SEGMENTS) as [SegmentKey, (typeof SEGMENTS)[SegmentKey]][]) {
      expect(bySegment(key).length / histories.length, key).toBeCloseTo(spec.share, 1);
    }
    const emails = histories.map((h) => h.profile.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((e) => !/@([a-z]+\.example|example\.(com|org|net))$/.test(e))).toEqual([]);
    expect(bySegment('business').every((h) => h.profile.account)).toBe(true);
    expect(
      histories.filter((h) => h.profile.segment !== 'business').every((h) => h.profile.account === null),
    ).toBe(true);
    expect(histories.some((h) => h.profile.name.includes('Smith'))).toBe(true);
  });

  it('buy within the two years, in time order, New customers only recently', () => {
    const purchases = histories.flatMap((h) => h.purchases);
    expect(histories.every((h) => h.purchases.length > 0)).toBe(true);
    expect(purchases.filter((p) => p.at >= now || p.at < now - (HISTORY_DAYS + 1) * DAY)).toEqual([]);
    expect(
      purchases.filter(
        (p) =>
          p.amount < 1 ||
          Math.abs(p.amount * 100 - Math.round(p.amount * 100)) > 1e-6 ||
          !Number.isInteger(p.at),
      ),
    ).toEqual([]);
    expect(
      histories.every((h) =>
        h.purchases.every((p, i, all) => i === 0 || p.at >= all[i - 1]!.at - 86_400_000),
      ),
    ).toBe(true);
    expect(histories.flatMap((h) => h.moments).filter((m) => m.respondedAt >= now)).toEqual([]);
    expect(bySegment('new').every((h) => h.profile.acquiredAt > now - 121 * DAY)).toBe(true);
  });

  it('repeat-purchase like BG/NBD customers: heterogeneous rates and drop-out', () => {
    const count = (s: SegmentKey) => mean(bySegment(s).map((h) => h.purchases.length));
    expect(count('loyalty')).toBeGreaterThan(2 * count('occasional'));
    expect(count('business')).toBeGreaterThan(count('occasional'));
    const counts = histories.map((h) => h.purchases.length);
    const oneTime = counts.filter((n) => n === 1).length / counts.length;
    expect(oneTime).toBeGreaterThan(0.1);
    expect(oneTime).toBeLessThan(0.5);
    expect(Math.max(...counts)).toBeGreaterThan(40);
    // Frequent buyers who stopped: expected to have bought many times in the last six months, but did not.
    const lapsed = histories.filter(
      (h) => h.profile.lambda * 180 > 3 && h.purchases.at(-1)!.at < now - 180 * DAY,
    ).length;
    expect(lapsed / histories.length).toBeGreaterThan(0.03);
  });

  it('spend around each segment’s mean basket, each customer around their own mean', () => {
    for (const key of Object.keys(SEGMENTS) as SegmentKey[]) {
      const amounts = bySegment(key).flatMap((h) => h.purchases.map((p) => p.amount));
      expect(mean(amounts) / SEGMENTS[key].meanSpend, key).toBeGreaterThan(0.85);
      expect(mean(amounts) / SEGMENTS[key].meanSpend, key).toBeLessThan(1.15);
    }
    // Gamma-Gamma: a customer's baskets scatter around their own mean, which differs between customers.
    const regulars = histories.filter((h) => h.purchases.length >= 20);
    const ratios = regulars.map((h) => mean(h.purchases.map((p) => p.amount)) / h.profile.meanSpend);
    expect(mean(ratios)).toBeCloseTo(1, 1);
    const means = regulars.filter((h) => h.profile.segment === 'loyalty').map((h) => h.profile.meanSpend);
    expect(Math.max(...means) / Math.min(...means)).toBeGreaterThan(3);
  });

  it('answer surveys after about three purchases in ten', () => {
    const purchases = histories.reduce((n, h) => n + h.purchases.length, 0);
    const moments = histories.reduce((n, h) => n + h.moments.length, 0);
    expect(moments / purchases).toBeGreaterThan(0.25);
    expect(moments / purchases).toBeLessThan(0.32);
  });
});
