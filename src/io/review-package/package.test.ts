import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { exportJson } from '../json-export';
import { createBackup, serializeBackup } from '../../domain/drafts/backup';
import { sample2021 } from '../../domain/samples/sample-2021';
import { exportReviewPackage, reviewPackageFileName } from './export';
import { parseReviewPackage } from './parse';
import { preparerSide, submitted } from './testing/sides';

const EXPORTED = '2025-01-10T02:00:00.000Z';
const side = preparerSide([
  {
    id: 't1',
    anchor: { type: 'problem', rule: 'feeReported', fields: ['otherMatters'] },
    messages: [
      {
        id: 'm1',
        author: { name: '李主任', role: 'reviewer' },
        at: EXPORTED,
        text: '请说明收费情况',
      },
    ],
    resolved: false,
  },
]);
const text = exportReviewPackage(gov2021, side, EXPORTED);

function refusal(input: string): string {
  const r = parseReviewPackage(gov2021, input);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error).toContain('未导入任何内容');
  return r.error;
}

const edit = (f: (raw: Record<string, unknown>) => void): string => {
  const raw = JSON.parse(text) as Record<string, unknown>;
  f(raw);
  return JSON.stringify(raw);
};

describe('review package', () => {
  it('round-trips the report, status, comments, history and exchange key', () => {
    const r = parseReviewPackage(gov2021, text);
    if (!r.ok) throw new Error(r.error);
    expect(r.package.report).toEqual(side.report);
    expect(r.package.comments).toEqual(side.comments);
    expect(r.package.events).toEqual([submitted]);
    expect(r.package.lastExchange).toEqual(side.lastExchange);
    expect(r.package).toMatchObject({
      kind: 'gov-info-disclosure-annual-report-review',
      schemaVersion: 1,
      exportedAt: EXPORTED,
    });
  });

  it('names the file after the report and its status', () => {
    const r = parseReviewPackage(gov2021, text);
    expect(r.ok && reviewPackageFileName(r.package)).toMatch(
      /^平湖市科技局.*（待审核）审核包\.json$/,
    );
  });

  it('refuses other kinds of file', () => {
    expect(refusal(exportJson(gov2021, sample2021))).toContain('年度报告文件，不是审核包');
    expect(refusal(serializeBackup(createBackup([], EXPORTED)))).toContain('备份文件，不是审核包');
    expect(refusal(edit((raw) => (raw.kind = 'something-else')))).toContain(
      '这不是年度报告的审核包',
    );
  });

  it('refuses a newer version', () => {
    expect(refusal(edit((raw) => (raw.schemaVersion = 2)))).toContain(
      '格式版本为 2，比本程序支持的版本 1 新',
    );
  });

  it.each([
    ['not JSON', '{ 这不是'],
    ['an array', '[]'],
    ['empty', ''],
  ])('refuses garbage (%s)', (_name, input) => {
    refusal(input);
  });

  it('refuses a package whose parts are damaged', () => {
    expect(refusal(edit((raw) => delete raw.lastExchange))).toContain('lastExchange');
    expect(refusal(edit((raw) => (raw.events = [{ id: 'x' }])))).toContain('events.0');
    expect(
      refusal(edit((raw) => ((raw.report as Record<string, unknown>).status = 'signed'))),
    ).toContain('report.status');
  });

  it('refuses a document the report importer cannot read, or one edited after export', () => {
    const badCell = edit((raw) => {
      const report = raw.report as { document: { proactive: Record<string, unknown> } };
      report.document.proactive.licensing = '很多';
    });
    expect(refusal(badCell)).toContain('无法读取');
    const changed = edit((raw) => {
      const report = raw.report as { document: { proactive: Record<string, unknown> } };
      report.document.proactive.licensing = 12345;
    });
    expect(refusal(changed)).toContain('校验失败');
    const wrongKind = edit(
      (raw) => ((raw.report as { document: { kind: string } }).document.kind = 'x'),
    );
    expect(refusal(wrongKind)).toContain('审核包中的报告无法读取');
  });
});
