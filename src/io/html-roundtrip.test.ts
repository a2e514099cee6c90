import { describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { sample2021 } from '../domain/samples/sample-2021';
import { exportHtml } from './html-export';
import { importReport } from './import-report';
import { takeSignature } from './text-import/meta';

// The printed copy (issue 5) imports back to the same document: its 落款, the blank 成文日期, the
// 填报人 / 审核人 / 分管负责人 lines, a recorded approval and the 草稿 mark are not report text.

const dated = { ...sample2021, meta: { ...sample2021.meta, publishedOn: '2022-01-20' } };

describe('printable HTML round trip', () => {
  it.each([
    ['a draft with sign lines and no date', sample2021, { draft: true }],
    ['a final copy without sign lines', dated, { signatureLines: false }],
    ['an approved copy', dated, { approval: { reviewer: '张三', date: '2022-01-21' } }],
  ] as const)('imports %s back to the same document', (_name, doc, options) => {
    const r = importReport(gov2021, exportHtml(gov2021, doc, options));
    if (!r.ok) throw new Error(r.error);
    expect(r.document).toEqual(doc);
    expect(r.issues).toEqual([]);
  });
});

describe('takeSignature', () => {
  it('drops sign-off lines, a blank date and the agency past blank lines', () => {
    const lines = [
      '无',
      '',
      '平湖市科技局',
      '',
      '\u3000\u3000年\u3000月\u3000日',
      '',
      '填报人：审核人：',
    ];
    expect(takeSignature(lines, '平湖市科技局')).toEqual({ publishedOn: null, rest: ['无', ''] });
  });

  it('keeps a short last paragraph that is not the agency above a separated date', () => {
    const lines = ['无', '', '2022年1月20日'];
    expect(takeSignature(lines, '平湖市科技局')).toEqual({
      publishedOn: '2022-01-20',
      rest: ['无', ''],
    });
  });
});
