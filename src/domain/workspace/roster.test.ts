import { describe, expect, it } from 'vitest';
import { matchRoster, nearMissScore, normalizeAgency, parseRoster } from './roster';

describe('normalizeAgency', () => {
  it('trims, turns full-width letters, digits and brackets half-width, and drops inner spaces', () => {
    expect(normalizeAgency('  平湖市　科技局 ')).toBe('平湖市科技局');
    expect(normalizeAgency('ＸＸ市第１中学（分校）')).toBe('XX市第1中学(分校)');
    expect(normalizeAgency('平湖市\u00a0科技局\t')).toBe('平湖市科技局');
  });
});

describe('matchRoster', () => {
  it('matches names that differ only in width and spacing', () => {
    const result = matchRoster(
      ['平湖市　科技局', 'ＸＸ市第１中学'],
      ['XX市第1中学', '平湖市科技局 '],
    );
    expect(result.matched).toEqual([
      { name: '平湖市　科技局', agency: '平湖市科技局 ' },
      { name: 'ＸＸ市第１中学', agency: 'XX市第1中学' },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.unexpected).toEqual([]);
    expect(result.nearMisses).toEqual([]);
  });

  it('offers a short form as a near miss, never merging it: the roster name stays missing', () => {
    const result = matchRoster(['平湖市科学技术局', '平湖市财政局'], ['平湖市科技局']);
    expect(result.matched).toEqual([]);
    expect(result.missing).toEqual(['平湖市科学技术局', '平湖市财政局']);
    expect(result.unexpected).toEqual(['平湖市科技局']);
    expect(result.nearMisses).toEqual([
      { name: '平湖市科学技术局', candidate: '平湖市科技局', score: expect.any(Number) },
    ]);
  });

  it('does not offer a different agency of the same area', () => {
    expect(nearMissScore('平湖市财政局', '平湖市科技局')).toBe(0);
    expect(nearMissScore('嘉兴市科学技术局', '平湖市科学技术局')).toBe(0);
    expect(matchRoster(['平湖市民政局'], ['平湖市财政局', '上海市科委']).nearMisses).toEqual([]);
  });

  it('ranks the closer of two candidates first, and does not offer an agency already matched', () => {
    const result = matchRoster(
      ['洪泽区人民政府', '淮安市洪泽区人民政府办公室'],
      ['江苏省淮安市洪泽区人民政府', '淮安市洪泽区人民政府', '淮安市洪泽区人民政府办公室'],
    );
    expect(result.matched).toEqual([
      { name: '淮安市洪泽区人民政府办公室', agency: '淮安市洪泽区人民政府办公室' },
    ]);
    expect(result.nearMisses.map((m) => m.candidate)).toEqual([
      '淮安市洪泽区人民政府',
      '江苏省淮安市洪泽区人民政府',
    ]);
    expect(result.nearMisses[0]?.score).toBeGreaterThan(result.nearMisses[1]?.score ?? 1);
  });
});

describe('parseRoster', () => {
  it('takes one name a line, dropping blanks, numbering, headers and duplicates', () => {
    const text = [
      '序号\t单位名称',
      '1\t平湖市科技局',
      '2、平湖市财政局',
      '',
      '  3. 平湖市民政局  ',
      '（4）平湖市教育局',
      '五、平湖市商务局',
      '⑥ 平湖市审计局',
      '平湖市　科技局',
      '7)平湖市水利局\r',
    ].join('\n');
    expect(parseRoster(text)).toEqual([
      '平湖市科技局',
      '平湖市财政局',
      '平湖市民政局',
      '平湖市教育局',
      '平湖市商务局',
      '平湖市审计局',
      '平湖市水利局',
    ]);
  });

  it('keeps a name that merely contains digits', () => {
    expect(parseRoster('第1中学\n12345热线办公室')).toEqual(['第1中学', '12345热线办公室']);
  });
});
