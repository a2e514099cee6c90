import { describe, expect, it } from 'vitest';
import { acceptOffer, offerKey, rosterFromLastYear, rosterOffers } from './roster-offers';

describe('rosterOffers', () => {
  const roster = ['平湖市科学技术局', '平湖市财政局', '平湖市教育局'];
  const agencies = ['平湖市科技局', '平湖市财政局'];

  it('offers a short form as a possible match, never a different agency', () => {
    expect(rosterOffers(roster, agencies, new Set())).toEqual([
      { name: '平湖市科学技术局', candidate: '平湖市科技局' },
    ]);
  });

  it('stops offering a pair the user kept apart', () => {
    const [offer] = rosterOffers(roster, agencies, new Set());
    if (!offer) throw new Error('no offer');
    expect(rosterOffers(roster, agencies, new Set([offerKey(offer)]))).toEqual([]);
  });

  it('accepting writes the report name into the roster, so they match from then on', () => {
    const [offer] = rosterOffers(roster, agencies, new Set());
    if (!offer) throw new Error('no offer');
    const next = acceptOffer(roster, offer);
    expect(next).toEqual(['平湖市科技局', '平湖市财政局', '平湖市教育局']);
    expect(rosterOffers(next, agencies, new Set())).toEqual([]);
  });
});

describe('rosterFromLastYear', () => {
  it("copies last year's roster, or else last year's agencies once each", () => {
    expect(rosterFromLastYear(['甲局'], ['乙局'])).toEqual(['甲局']);
    expect(rosterFromLastYear(null, ['乙局', '丙局', '乙 局'])).toEqual(['乙局', '丙局']);
  });
});
