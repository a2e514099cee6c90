import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { listInputCells, listNarratives } from '../template/cells';
import { sample2021 } from '../samples/sample-2021';
import {
  copyTemplateFields,
  createEmptyReport,
  getAtPath,
  getCell,
  getNarrative,
  setAtPath,
  type ReportDocument,
} from './document';

const cells = listInputCells(gov2021).map((c) => c.path);
const narratives = listNarratives(gov2021).map((n) => n.path);
const meta = { agency: '某区政府', year: 2024 };

describe('setAtPath', () => {
  it('copies the objects on the path and leaves the original as it was', () => {
    const doc = createEmptyReport(gov2021, meta);
    const next = setAtPath(doc, 'requests.newReceived.natural', 7);
    expect(getCell(next, 'requests.newReceived.natural')).toBe(7);
    expect(getCell(doc, 'requests.newReceived.natural')).toBeNull();
    expect(next.requests).not.toBe(doc.requests);
    expect(next.appeals).toBe(doc.appeals); // off the path: shared, it did not change
  });

  it('creates the objects a path needs', () => {
    expect(setAtPath({}, 'a.b.c', 1)).toEqual({ a: { b: { c: 1 } } });
    expect(setAtPath({ a: 3 }, 'a.b', 1)).toEqual({ a: { b: 1 } });
  });
});

describe('createEmptyReport', () => {
  it('has every cell blank and every narrative empty, in print order', () => {
    const doc = createEmptyReport(gov2021, meta);
    expect(cells.map((p) => getAtPath(doc, p))).toEqual(cells.map(() => null));
    expect(narratives.map((p) => getAtPath(doc, p))).toEqual(narratives.map(() => ''));
    expect(doc.meta).toEqual({ ...meta, title: null, publishedOn: null });
    const firstCell = cells[0] ?? '';
    expect(Object.keys(doc.proactive)[0]).toBe(firstCell.split('.')[1]);
  });

  it('takes values by path', () => {
    const doc = createEmptyReport(gov2021, meta, (p) =>
      p === 'otherMatters' ? '无' : p === 'appeals.reconsideration.upheld' ? 3 : undefined,
    );
    expect(getNarrative(doc, 'otherMatters')).toBe('无');
    expect(getCell(doc, 'appeals.reconsideration.upheld')).toBe(3);
    expect(getCell(doc, 'appeals.reconsideration.corrected')).toBeNull();
  });

  it('builds a new document every time: changing one changes no other', () => {
    const a = createEmptyReport(gov2021, meta) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    a.requests = { broken: true };
    (a.overview as Record<string, unknown>).proactive = 'changed';
    const b = createEmptyReport(gov2021, meta);
    expect(getCell(b, 'requests.newReceived.natural')).toBeNull();
    expect(getNarrative(b, 'overview.proactive')).toBe('');
  });
});

describe('copyTemplateFields', () => {
  it("keeps exactly the template's fields, blanks what is not a number or text", () => {
    const raw = {
      ...structuredClone(sample2021),
      extra: 'dropped',
      requests: { ...structuredClone(sample2021.requests), unknownRow: { natural: 1 } },
    } as unknown as Record<string, unknown>;
    const overview = raw.overview as Record<string, unknown>;
    overview.proactive = 42;
    const appeals = raw.appeals as Record<string, Record<string, unknown>>;
    (appeals.reconsideration as Record<string, unknown>).upheld = '5';
    const doc = copyTemplateFields(gov2021, sample2021.meta, raw);
    expect(doc).not.toHaveProperty('extra');
    expect(doc.requests).not.toHaveProperty('unknownRow');
    expect(getNarrative(doc, 'overview.proactive')).toBe('');
    expect(getCell(doc, 'appeals.reconsideration.upheld')).toBeNull();
    expect(getNarrative(doc, 'otherMatters')).toBe(sample2021.otherMatters);
    expect(getCell(doc, 'proactive.normativeDocuments.issued')).toBe(2);
  });

  it('gives a copy: the source and the result share no object', () => {
    const source: ReportDocument = structuredClone(sample2021);
    const doc = copyTemplateFields(gov2021, source.meta, source);
    expect(doc).toEqual(source);
    for (const key of ['meta', 'overview', 'proactive', 'requests', 'appeals'] as const) {
      expect(doc[key]).not.toBe(source[key]);
    }
  });
});
