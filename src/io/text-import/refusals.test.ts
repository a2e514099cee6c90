import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { readSampleText } from '../testing/samples';
import { importText } from './index';

const CHINESE = /[\u4e00-\u9fff]{4,}/;

function refusal(text: string): string {
  const r = importText(gov2021, text);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error).toMatch(CHINESE);
  return r.error;
}

const PNG_LATIN1 = String.fromCharCode(
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  0,
  0,
  0,
  0x0d,
  0x49,
  0x48,
  0x44,
  0x52,
  0,
  0,
  0,
  0x10,
  0,
  0,
  0,
  0x10,
  0x08,
  0x06,
  0,
  0,
  0,
  0x1f,
  0xf3,
  0xff,
  0x61,
).repeat(40);

describe('importText refuses what is not a whole report', () => {
  it('refuses prose', () => {
    const prose =
      '今天天气很好。\n\n我们去公园散步，看到很多人在放风筝。\n一、要多运动\n二、要早睡早起';
    expect(refusal(prose)).toContain('不像一份政府信息公开工作年度报告');
  });

  it('refuses an empty string', () => {
    refusal('');
    refusal('  \n\n ');
  });

  it('refuses the sample cut in half', () => {
    const text = readSampleText();
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toContain('不完整');
  });

  it('refuses the sample without table 3 or table 4 figures', () => {
    const lines = readSampleText().split('\n');
    const noTable3 = lines.filter((l) => !/^(一、本年新收|四、结转)/.test(l)).join('\n');
    expect(refusal(noTable3)).toContain('表三');
    const noTable4 = lines.filter((l) => !/^0\t0\t0\t0\t0\t0/.test(l)).join('\n');
    expect(refusal(noTable4)).toContain('表四');
  });

  it('refuses a 20 MB string by its size, before reading it as a report', () => {
    // The sample's text comes first: a parse would find a report; the refusal names the limit.
    const huge = readSampleText().padEnd(20 * 1024 * 1024, '政');
    expect(refusal(huge)).toContain('5 MB');
  });

  it('refuses PNG bytes read as latin1 text', () => {
    expect(refusal(PNG_LATIN1)).toContain('不是文本');
  });
});
