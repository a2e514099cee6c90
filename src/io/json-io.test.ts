import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gov2021 } from '../domain/template/gov-2021';
import { sample2021 } from '../domain/samples/sample-2021';
import { setAtPath } from '../domain/report/document';
import { arbitraryReport } from '../testing/arbitrary-report';
import { exportJson } from './json-export';
import { importJson } from './json-import';

const roundTrip = (json: string) => importJson(gov2021, json);
const fileOf = (patch: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(exportJson(gov2021, sample2021)), ...patch });

describe('JSON export and import', () => {
  it('gives back the sample exactly, with no issues', () => {
    const r = roundTrip(exportJson(gov2021, sample2021));
    expect(r).toEqual({ ok: true, document: sample2021, issues: [] });
  });

  it('round-trips any valid document (property)', () => {
    fc.assert(
      fc.property(arbitraryReport, (doc) => {
        expect(roundTrip(exportJson(gov2021, doc))).toEqual({
          ok: true,
          document: doc,
          issues: [],
        });
      }),
      { numRuns: 150 },
    );
  });

  it('writes the computed totals and extras beside the document, and ignores them on import', () => {
    const json = JSON.parse(
      exportJson(gov2021, sample2021, { appVersion: '0.1.0', status: 'draft' }),
    );
    expect(json.computedTotals['requests.resultsTotal.total']).toBe(0);
    expect(json.appVersion).toBe('0.1.0');
    expect(roundTrip(JSON.stringify(json))).toMatchObject({ ok: true, issues: [] });
  });

  it.each([
    ['another kind of file', fileOf({ kind: 'invoice' }), '不是政府信息公开工作年度报告'],
    ['a newer schema version', fileOf({ schemaVersion: 2 }), '版本为 2'],
    ['another template', fileOf({ template: '2019' }), '不支持'],
    ['broken JSON', '{"kind": "gov-info', '不是有效的 JSON'],
    ['an array', '[1, 2]', '不是一份报告'],
    ['a missing year', fileOf({ meta: { agency: 'x', year: null } }), 'meta.year'],
    ['a 20 MB file', `{"pad": "${'x'.repeat(20 * 1024 * 1024)}"}`, '文件太大'],
  ])('refuses %s with a clear Chinese message', (_name, text, message) => {
    const r = roundTrip(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it('reads bad cells as blank and names each one by path', () => {
    const bad = setAtPath(
      setAtPath(JSON.parse(fileOf({})), 'requests.granted.natural', -3),
      'appeals.reconsideration.upheld',
      'abc',
    );
    const r = roundTrip(JSON.stringify(setAtPath(bad, 'requests.granted.research', '１２')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.requests).toMatchObject({ granted: { natural: null, research: 12 } });
    expect(r.issues.map((i) => i.fields)).toEqual([
      ['requests.granted.natural'],
      ['appeals.reconsideration.upheld'],
    ]);
    expect(r.issues[0]?.message).toContain('负数');
  });

  it('reports unknown and missing fields, and a stored total that disagrees with its parts', () => {
    let raw = JSON.parse(fileOf({}));
    raw = setAtPath(raw, 'requests.granted.aliens', 3);
    raw = setAtPath(raw, 'appeals.reconsideration.total', 9);
    delete raw.overview.intro;
    const r = roundTrip(JSON.stringify(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues.map((i) => [i.rule, i.fields])).toEqual([
      ['unreadable', ['requests.granted.aliens']],
      ['unreadable', ['overview.intro']],
      ['printedTotal', ['appeals.reconsideration.total']],
    ]);
    expect(r.issues[2]).toMatchObject({ printed: 9, computed: 0 });
  });
});
