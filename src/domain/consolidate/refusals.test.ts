import { describe, expect, it } from 'vitest';
import { consolidate } from './consolidate';
import type { ConsolidationInput, ConsolidationResult } from './types';
import { input, report, template } from './testing/fixtures';

const NATURAL = 'requests.newReceived.natural';
const of = (agency: string, year = 2024) => input(report(agency, year, { [NATURAL]: 1 }));

function refusals(result: ConsolidationResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result.refusals;
}

/** A 汇总 of the given inputs, as an input of a higher level. */
function summary(agency: string, inputs: ConsolidationInput[]): ConsolidationInput {
  const result = consolidate(template, inputs, { agency });
  if (!result.ok) throw new Error('expected a 汇总');
  return {
    key: `key:${agency}`,
    document: result.document,
    consolidation: result.consolidation,
    problems: { errors: 0, warnings: 0 },
  };
}

describe('consolidate: refusals (nothing is created)', () => {
  it('refuses an empty selection', () => {
    expect(refusals(consolidate(template, [], { agency: '汇总' }))).toEqual([
      expect.objectContaining({ code: 'empty', message: expect.stringContaining('至少选择') }),
    ]);
  });

  it('refuses reports of different years and says which year each is', () => {
    const [refusal] = refusals(
      consolidate(template, [of('甲', 2023), of('乙', 2024), of('丙', 2024)], { agency: '汇总' }),
    );
    expect(refusal?.code).toBe('year');
    expect(refusal?.message).toContain('2023 年：「甲」');
    expect(refusal?.message).toContain('2024 年：「乙」、「丙」');
  });

  it('refuses reports not of the year asked for', () => {
    const [refusal] = refusals(
      consolidate(template, [of('甲', 2023), of('乙', 2024)], { agency: '汇总', year: 2024 }),
    );
    expect(refusal).toMatchObject({ code: 'year', agencies: ['甲'] });
    expect(refusal?.message).toContain('「甲」（2023 年）');
  });

  it('refuses one agency twice, also when the names differ only in width and spaces', () => {
    const [refusal] = refusals(
      consolidate(template, [of('平湖市科技局'), of('乙'), of(' 平湖市　科技局')], {
        agency: '汇总',
      }),
    );
    expect(refusal).toMatchObject({
      code: 'duplicate',
      agencies: ['平湖市科技局', ' 平湖市　科技局'],
    });
    expect(refusal?.message).toContain('被选入 2 次');
  });

  it('names a report without an agency in its message', () => {
    const [refusal] = refusals(consolidate(template, [of(''), of(' ')], { agency: '汇总' }));
    expect(refusal?.message).toContain('「（未署机关）」被选入 2 次');
  });

  it('refuses an agency counted directly and inside a selected 汇总, naming that 汇总', () => {
    const district = summary('洪泽区', [of('区财政局'), of('区科技局')]);
    const [refusal] = refusals(
      consolidate(template, [district, of('区科技局'), of('市教育局')], { agency: '淮安市' }),
    );
    expect(refusal?.code).toBe('double-count');
    expect(refusal?.message).toBe(
      '「区科技局」被单独选入，又包含在汇总报告「洪泽区」中，会被重复计算。请从所选报告中去掉其中之一。',
    );
  });

  it('finds double counting through a 汇总 nested in a 汇总, and between two 汇总', () => {
    const town = summary('某镇', [of('镇农业站'), of('镇财政所')]);
    const district = summary('某区', [town, of('区财政局')]);
    const direct = refusals(consolidate(template, [district, of('镇财政所')], { agency: '某市' }));
    expect(direct).toEqual([
      expect.objectContaining({ code: 'double-count', agencies: ['镇财政所'] }),
    ]);
    expect(direct[0]?.message).toContain('汇总报告「某区」');
    const twice = refusals(consolidate(template, [district, town], { agency: '某市' }));
    const messages = twice.map((r) => r.message).join('\n');
    expect(twice.every((r) => r.code === 'double-count')).toBe(true);
    expect(messages).toContain('「某镇」被单独选入，又包含在汇总报告「某区」中');
    expect(messages).toContain('「镇农业站」包含在汇总报告「某区」中，又包含在汇总报告「某镇」中');
  });

  it('accepts 汇总 of disjoint agencies side by side with other departments', () => {
    const a = summary('甲区', [of('甲区财政局'), of('甲区科技局')]);
    const b = summary('乙区', [of('乙区财政局')]);
    const result = consolidate(template, [a, b, of('市科技局')], { agency: '某市' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.consolidation.sources.map((s) => s.consolidatedAgencies)).toEqual([
        ['甲区财政局', '甲区科技局'],
        ['乙区财政局'],
        undefined,
      ]);
    }
  });
});
