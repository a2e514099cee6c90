import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { getCell, type ReportDocument } from '../../domain/report/document';
import { sample2021 } from '../../domain/samples/sample-2021';
import type { ImportResult } from '../import-result';
import { published, readSampleText } from '../testing/samples';
import { importText } from './index';

function ok(r: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!r.ok) throw new Error(r.error);
  return r;
}
const read = (text: string) => ok(importText(gov2021, text));
const cell = (doc: ReportDocument, path: string) => getCell(doc, path);
const SHUYANG = '2025_suqian_shuyangxian_renminzhengfu.txt';

describe('importText tolerates real copies', () => {
  it('reads CRLF line endings', () => {
    expect(read(readSampleText().replace(/\n/g, '\r\n')).document).toEqual(sample2021);
  });

  it('reads non-breaking and full-width spaces', () => {
    const text = readSampleText()
      .replace(/^## 一、总体情况$/m, '##\u00a0一、\u3000总体情况')
      .replace(/\t/g, '\u00a0\u00a0');
    expect(read(text).document).toEqual(sample2021);
  });

  it('reads runs of spaces instead of tabs', () => {
    const text = published(SHUYANG).replace(/\t/g, '   ');
    const r = read(text);
    expect(r.document).toEqual(read(published(SHUYANG)).document);
    expect(r.issues).toEqual([]);
  });

  it('reads numbers separated by single spaces (PDF extraction)', () => {
    const text = published(SHUYANG).replace(/^27\t10\t.*$/m, '27 10 9 15 61 3 0 0 0 3 8 0 1 1 10');
    expect(read(text).document).toEqual(read(published(SHUYANG)).document);
  });

  it('reads -, —, / and 无 as blank cells', () => {
    const text = published(SHUYANG)
      .replace(/^规章\t0\t0\t0$/m, '规章\t-\t—\t/')
      .replace(/^行政强制\t2154/m, '行政强制\t无');
    const r = read(text);
    expect(cell(r.document, 'proactive.regulations.issued')).toBeNull();
    expect(cell(r.document, 'proactive.regulations.repealed')).toBeNull();
    expect(cell(r.document, 'proactive.regulations.inForce')).toBeNull();
    expect(cell(r.document, 'proactive.coercion')).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('reads full-width brackets, full-width digits and spaced labels in table 3', () => {
    const text = published(SHUYANG)
      .replace('(一) 予以公开', '（一）予以公开')
      .replace('1. 属于国家秘密', '１．属于 国家 秘密')
      .replace('3. 危及“三安全一稳定”', '3. 危及"三安全一稳定"')
      .replace('(七) 总计', '（七） 总 计');
    expect(read(text).document).toEqual(read(published(SHUYANG)).document);
  });

  it('matches leaf rows by ordinal despite typos in the label', () => {
    const text = published(SHUYANG).replace('2. 其他法律行政法规禁止公开', '2.其他法律行政止公开');
    expect(read(text).document).toEqual(read(published(SHUYANG)).document);
  });

  it('reads headings without #, at any level, and sections with inline sub-headings', () => {
    const text = readSampleText().replace(/^#+ */gm, '');
    expect(read(text).document).toEqual(sample2021);
  });

  it('keeps a paragraph starting with （二） in its field when headings are marked', () => {
    const text = readSampleText().replace(
      '2021 年收到依申请公开申请事项 0 件。',
      '2021 年收到依申请公开申请事项 0 件。\n\n（二）是一个以序号开头的段落。',
    );
    expect(read(text).document.overview.onRequest).toBe(
      `${sample2021.overview.onRequest}\n\n（二）是一个以序号开头的段落。`,
    );
  });

  it('marks unreadable cells blank and names them', () => {
    const text = published(SHUYANG).replace(/^行政许可\t517645/m, '行政许可\t约五十万');
    const r = read(text);
    expect(cell(r.document, 'proactive.licensing')).toBeNull();
    const issue = r.issues.find((i) => i.rule === 'unreadable');
    expect(issue?.fields).toEqual(['proactive.licensing']);
    expect(issue?.message).toContain('行政许可');
    expect(issue?.message).toContain('约五十万');
  });

  it('leaves table 2 blank for the 2019 layout and says so', () => {
    const table2019 = [
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t1\t1\t10',
      '规范性文件\t2\t2\t20',
      '第二十条第（九）项',
      '信息内容\t采购项目数量\t采购总金额',
      '政府集中采购\t3\t100',
    ].join('\n');
    const text = published(SHUYANG).replace(
      /## 二、主动公开政府信息情况\n[\s\S]*?\n## 三、/,
      `## 二、主动公开政府信息情况\n\n${table2019}\n\n## 三、`,
    );
    const r = read(text);
    expect(cell(r.document, 'proactive.regulations.issued')).toBeNull();
    expect(cell(r.document, 'proactive.normativeDocuments.inForce')).toBeNull();
    const layout = r.issues.filter((i) => i.rule === 'layout');
    expect(layout).toHaveLength(1);
    expect(layout[0]?.message).toContain('2019');
    expect(layout[0]?.fields).toContain('proactive.feeAmount');
  });

  it('reads the signature and 成文日期 at the end', () => {
    const text = `${readSampleText().trimEnd()}\n\n平湖市科技局\n2022 年 1 月 20 日\n`;
    const r = read(text);
    expect(r.document.meta.publishedOn).toBe('2022-01-20');
    expect(r.document.otherMatters).toBe('无');
  });

  it('reads a section heading with an ASCII separator and a trailing full stop', () => {
    const text = readSampleText().replace(
      '#### 四、政府信息公开行政复议、行政诉讼情况',
      '四. 政府信息公开行政复议、行政诉讼情况。',
    );
    expect(read(text).document).toEqual(sample2021);
  });
});
