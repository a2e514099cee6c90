import { describe, expect, it } from 'vitest';
import { gov2021 } from '../../domain/template/gov-2021';
import { listInputCells, listNarratives } from '../../domain/template/cells';
import { getCell, getNarrative } from '../../domain/report/document';
import { sample2021 } from '../../domain/samples/sample-2021';
import { readSampleText } from '../testing/samples';
import { importText } from './index';

describe('importText on the 2021 平湖市科技局 sample', () => {
  const result = importText(gov2021, readSampleText());
  if (!result.ok) throw new Error(result.error);
  const doc = result.document;

  it('gives exactly the sample document', () => {
    expect(doc).toEqual(sample2021);
    expect(result.issues).toEqual([]);
  });

  it('reads every input cell as in the sample', () => {
    for (const cell of listInputCells(gov2021)) {
      expect({ path: cell.path, value: getCell(doc, cell.path) }).toEqual({
        path: cell.path,
        value: getCell(sample2021, cell.path),
      });
    }
  });

  it('reads every narrative as in the sample, headings removed', () => {
    for (const n of listNarratives(gov2021)) {
      expect(getNarrative(doc, n.path)).toBe(getNarrative(sample2021, n.path));
    }
  });

  it('reads agency and year from the title and keeps the default title', () => {
    expect(doc.meta).toEqual({
      agency: '平湖市科技局',
      year: 2021,
      title: null,
      publishedOn: null,
    });
  });
});
