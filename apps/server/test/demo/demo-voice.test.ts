import { describe, expect, it } from 'vitest';
import { buildCompany, CROYDON_TURNAROUND_DAYS_AGO } from '../../src/demo/demo-company';
import { type CustomerWorld, generateCustomer } from '../../src/demo/demo-customers';
import {
  customerResponses,
  employeePulse,
  type GeneratedResponse,
  voiceWorld,
} from '../../src/demo/demo-voice';
import { NEGATIVE_CUES } from './sentiment-cues';

const DAY = 86_400_000;
const now = Date.parse('2026-11-02T09:00:00Z');
const seed = 20_240_601;
const company = buildCompany(seed);
const world: CustomerWorld = { seed, now, customers: 8_000, stores: company.stores };
const voices = voiceWorld(seed, now, company);
const responses: GeneratedResponse[] = [];
for (let i = 0; i < world.customers; i++)
  responses.push(...customerResponses(voices, generateCustomer(world, i)));
const pulse = [...employeePulse(voices)];

/** NPS of 0–10 scores: % promoters − % detractors. */
const nps = (rs: GeneratedResponse[]) => {
  const promoters = rs.filter((r) => r.score >= 9).length;
  const detractors = rs.filter((r) => r.score <= 6).length;
  return (100 * (promoters - detractors)) / rs.length;
};
const npsOf = (filter: (r: GeneratedResponse) => boolean) =>
  nps(responses.filter((r) => r.survey === 'nps' && filter(r)));

describe('demo voices', () => {
  it('are the same for the same seed', () => {
    const history = generateCustomer(world, 42);
    expect(customerResponses(voices, history)).toEqual(customerResponses(voices, history));
    expect([...employeePulse(voices)]).toEqual(pulse);
  });

  it('score like a decent retailer: NPS, CSAT and CES in realistic bands, on their scales', () => {
    expect(npsOf(() => true)).toBeGreaterThan(20);
    expect(npsOf(() => true)).toBeLessThan(45);
    const csat = responses.filter((r) => r.survey === 'csat');
    const topTwo = csat.filter((r) => r.score >= 4).length / csat.length;
    expect(topTwo).toBeGreaterThan(0.65);
    expect(topTwo).toBeLessThan(0.85);
    const ces = responses.filter((r) => r.survey === 'ces');
    const effort = ces.reduce((a, r) => a + r.score, 0) / ces.length;
    expect(effort).toBeGreaterThan(4.8);
    expect(effort).toBeLessThan(6);
    for (const r of responses) {
      const [min, max] = r.survey === 'csat' ? [1, 5] : r.survey === 'ces' ? [1, 7] : [0, 10];
      expect(r.score).toBeGreaterThanOrEqual(min);
      expect(r.score).toBeLessThanOrEqual(max);
    }
  });

  it('tell the story: Leeds and Delivery lag, Croydon recovered after its turnaround', () => {
    const overall = npsOf(() => true);
    expect(npsOf((r) => r.unit === 'leeds')).toBeLessThan(overall - 25);
    expect(npsOf((r) => r.channel === 'delivery')).toBeLessThan(npsOf((r) => r.channel === 'store') - 30);
    const turnaround = now - CROYDON_TURNAROUND_DAYS_AGO * DAY;
    const before = npsOf((r) => r.unit === 'croydon' && r.respondedAt < turnaround);
    const after = npsOf((r) => r.unit === 'croydon' && r.respondedAt >= turnaround);
    expect(after - before).toBeGreaterThan(25);
  });

  it('comment in the tone of the score, often but not always', () => {
    const english = responses.filter((r) => r.survey === 'nps' && r.language === 'en');
    const withComment = english.filter((r) => r.comment).length / english.length;
    expect(withComment).toBeGreaterThan(0.45);
    expect(withComment).toBeLessThan(0.75);
    const detractors = english.filter((r) => r.score <= 6 && r.comment);
    const promoters = english.filter((r) => r.score >= 9 && r.comment);
    const complaining = (rs: GeneratedResponse[]) =>
      rs.filter((r) => NEGATIVE_CUES.test(r.comment!)).length / rs.length;
    expect(complaining(detractors)).toBeGreaterThan(0.9);
    expect(complaining(promoters)).toBeLessThan(0.08);
    // Delivery detractors talk about delivery; Leeds detractors about queues and staff.
    const delivery = detractors.filter((r) => r.channel === 'delivery');
    expect(
      delivery.filter((r) => /deliver|driver|parcel|tracking|arrived/i.test(r.comment!)).length /
        delivery.length,
    ).toBeGreaterThan(0.6);
    const leeds = detractors.filter((r) => r.unit === 'leeds');
    expect(
      leeds.filter((r) => /wait|queue|till|staff|rude|nobody|no one|ignored|served/i.test(r.comment!))
        .length / leeds.length,
    ).toBeGreaterThan(0.5);
  });

  it('attribute store answers to the store’s staff and phone answers to advisers', () => {
    const people = new Map(company.people.map((p) => [p.key, p]));
    const inStore = responses.filter((r) => r.channel === 'store' && r.touchpoint !== 'click-collect');
    const credited = inStore.filter((r) => r.employee);
    expect(credited.length / inStore.length).toBeGreaterThan(0.6);
    for (const r of credited) expect(people.get(r.employee!)!.unit).toBe(r.unit);
    for (const r of responses.filter((x) => x.channel === 'phone' && x.employee)) {
      expect(company.phoneAgents).toContain(r.employee);
    }
  });

  it('let French-speaking customers answer the NPS survey in French', () => {
    const french = responses.filter((r) => r.language === 'fr');
    expect(french.length).toBeGreaterThan(50);
    expect(french.every((r) => r.survey === 'nps')).toBe(true);
  });

  it('include an anonymous monthly employee pulse where unhappy stores have unhappy staff', () => {
    expect(pulse.length).toBeGreaterThan(600);
    expect(
      pulse.every((r) => r.survey === 'enps' && r.employee === null && r.unit && r.respondedAt < now),
    ).toBe(true);
    const leeds = nps(pulse.filter((r) => r.unit === 'leeds'));
    expect(leeds).toBeLessThan(nps(pulse) - 20);
  });
});
