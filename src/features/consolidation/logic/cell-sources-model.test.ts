import { describe, expect, it } from 'vitest';
import { gov2021, listInputCells, type Consolidation } from '@/domain';
import { describeCellSources, sourcesAttribute, sourcesAttributes } from './cell-sources-model';

const source = (key: string, agency: string) => ({
  key,
  agency,
  year: 2024,
  contentKey: `k-${key}`,
  errors: 0,
  warnings: 0,
});

const consolidation: Consolidation = {
  sources: [source('a', '甲局'), source('b', '乙局'), source('c', '丙局'), source('d', '丁局')],
  contributions: {
    'proactive.licensing': [
      { agency: '乙局', value: 12 },
      { agency: '甲局', value: 3 },
      { agency: '丙局', value: 0 },
    ],
    'proactive.feeAmount': [{ agency: '甲局', value: 0.25 }],
  },
  includedWithErrors: [],
};

describe('data-sources', () => {
  it('is JSON of [机关, value] pairs above 0, largest first', () => {
    const text = sourcesAttribute(consolidation.contributions['proactive.licensing']);
    expect(JSON.parse(text)).toEqual([
      ['乙局', 12],
      ['甲局', 3],
    ]);
  });

  it('is given to every input cell of the template, "[]" where no source is above 0', () => {
    const all = sourcesAttributes(gov2021, consolidation);
    expect(all.size).toBe(listInputCells(gov2021).length);
    expect(all.get('proactive.feeAmount')).toBe('[["甲局",0.25]]');
    expect(all.get('requests.newReceived.natural')).toBe('[]');
  });
});

describe('a cell’s sources as shown', () => {
  it('lists 机关 → value largest first, then the agencies at 0 and those that left it blank', () => {
    const view = describeCellSources(consolidation, 'proactive.licensing');
    expect(view.lines).toEqual(['乙局 → 12', '甲局 → 3']);
    expect(view.more).toBe(0);
    expect(view.zero).toEqual(['丙局']);
    expect(view.blank).toEqual(['丁局']);
  });

  it('caps the lines for the tooltip and counts the rest', () => {
    const view = describeCellSources(consolidation, 'proactive.licensing', 1);
    expect(view.lines).toEqual(['乙局 → 12']);
    expect(view.more).toBe(1);
  });

  it('names every source as blank for a cell no source filled', () => {
    const view = describeCellSources(consolidation, 'proactive.punishment');
    expect(view.lines).toEqual([]);
    expect(view.blank).toEqual(['甲局', '乙局', '丙局', '丁局']);
  });
});
