import { describe, expect, it } from 'vitest';
import { gov2021 } from '../domain/template/gov-2021';
import { getCell, getNarrative, setAtPath } from '../domain/report/document';
import { sample2021 } from '../domain/samples/sample-2021';
import { canonicalizeReport } from '../io/json-export';
import { restoreStoredDocument } from './restore-document';

const restore = (raw: unknown) => restoreStoredDocument(gov2021, raw);

function opened(raw: unknown) {
  const r = restore(raw);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('restoreStoredDocument', () => {
  it('returns a sound document unchanged, in canonical form', () => {
    expect(opened(sample2021)).toEqual({
      ok: true,
      document: canonicalizeReport(gov2021, sample2021),
      repairs: [],
    });
  });

  it('keeps figures a draft may hold even when the rules reject them', () => {
    let raw = setAtPath(sample2021, 'proactive.licensing', -3);
    raw = setAtPath(raw, 'proactive.punishment', 1.5);
    const { document } = opened(raw);
    expect(getCell(document, 'proactive.licensing')).toBe(-3);
    expect(getCell(document, 'proactive.punishment')).toBe(1.5);
  });

  it('blanks unreadable values, fills missing fields and drops unknown keys, saying so', () => {
    let raw: unknown = setAtPath(sample2021, 'proactive.licensing', 'abc');
    raw = setAtPath(raw, 'proactive.coercion', Number.POSITIVE_INFINITY);
    raw = setAtPath(raw, 'overview.proactive', 42);
    raw = setAtPath(raw, 'appeals', undefined);
    raw = setAtPath(raw, 'surprise', { x: 1 });
    const { document, repairs } = opened(raw);
    expect(getCell(document, 'proactive.licensing')).toBeNull();
    expect(getCell(document, 'proactive.coercion')).toBeNull();
    expect(getNarrative(document, 'overview.proactive')).toBe('');
    expect(getCell(document, 'appeals.reconsideration.upheld')).toBeNull();
    expect(document).not.toHaveProperty('surprise');
    expect(repairs).toEqual([
      'proactive.licensing 的值无法读取，已留空',
      'proactive.coercion 的值无法读取，已留空',
      'overview.proactive 的值无法读取，已留空',
      '缺少 12 个字段，已按空白补齐',
    ]);
  });

  it('refuses what it cannot open, with the reason', () => {
    const cases: [unknown, string][] = [
      [null, '报告内容缺失或已损坏'],
      [{ ...sample2021, kind: 'x' }, '不是年度报告'],
      [{ ...sample2021, schemaVersion: 2 }, '由较新版本的程序保存'],
      [{ ...sample2021, template: '2019' }, '不支持的报告格式模板'],
      [{ ...sample2021, meta: undefined }, '缺少基本信息'],
      [{ ...sample2021, meta: { ...sample2021.meta, year: '2021' } }, '年度无法读取'],
      [{ ...sample2021, meta: { ...sample2021.meta, agency: 1 } }, '机关名称无法读取'],
    ];
    for (const [raw, reason] of cases) {
      const r = restore(raw);
      expect(r.ok ? '' : r.error).toMatch(reason);
    }
  });
});
