import { describe, expect, it } from 'vitest';
import { gov2021 } from '../template/gov-2021';
import { listInputCells, listNarratives } from '../template/cells';
import { getCell, getNarrative, setAtPath, type ReportDocument } from '../report/document';
import { sample2021 } from '../samples/sample-2021';
import { createFromLastYear } from './carry-forward';

const carriedForward: Record<string, number | null> = {
  natural: 3,
  commercial: 1,
  research: 0,
  nonprofit: null,
  legalService: 2,
  other: 0,
};

function lastYear(): ReportDocument {
  let doc = setAtPath(sample2021, 'proactive.regulations.inForce', 5);
  for (const [column, value] of Object.entries(carriedForward)) {
    doc = setAtPath(doc, `requests.carriedForward.${column}`, value);
  }
  return doc;
}

const carriedPaths = [
  ...Object.keys(carriedForward).map((c) => `requests.carriedOver.${c}`),
  'proactive.regulations.inForce',
  'proactive.normativeDocuments.inForce',
];

describe('createFromLastYear', () => {
  const previous = lastYear();
  const next = createFromLastYear(gov2021, previous);

  it('keeps the agency, moves to the next year and resets title and date', () => {
    expect(next.meta).toEqual({
      agency: '平湖市科技局',
      year: 2022,
      title: null,
      publishedOn: null,
    });
    expect(createFromLastYear(gov2021, previous, 2024).meta.year).toBe(2024);
  });

  it('carries 四、结转下年度继续办理 into 二、上年结转 per applicant column, blanks included', () => {
    for (const [column, value] of Object.entries(carriedForward)) {
      expect(getCell(next, `requests.carriedOver.${column}`)).toBe(value);
    }
  });

  it('starts 现行有效件数 at last year’s figure, with 制发 and 废止 blank', () => {
    expect(getCell(next, 'proactive.regulations.inForce')).toBe(5);
    expect(getCell(next, 'proactive.normativeDocuments.inForce')).toBe(6);
    expect(getCell(next, 'proactive.normativeDocuments.issued')).toBeNull();
    expect(getCell(next, 'proactive.normativeDocuments.repealed')).toBeNull();
  });

  it('leaves every other cell blank and every narrative empty', () => {
    const others = listInputCells(gov2021).filter((c) => !carriedPaths.includes(c.path));
    expect(others.length).toBeGreaterThan(100);
    for (const c of others) expect(getCell(next, c.path), c.path).toBeNull();
    for (const n of listNarratives(gov2021)) expect(getNarrative(next, n.path)).toBe('');
  });

  it('does not change last year’s report', () => {
    const before = JSON.stringify(previous);
    createFromLastYear(gov2021, previous);
    expect(JSON.stringify(previous)).toBe(before);
  });
});
