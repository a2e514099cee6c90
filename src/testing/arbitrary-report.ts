import fc from 'fast-check';
import { gov2021 } from '../domain/template/gov-2021';
import { listInputCells, listNarratives } from '../domain/template/cells';
import { createEmptyReport, setAtPath, type ReportDocument } from '../domain/report/document';

// Random but valid report documents for property tests of the importers and exporters.

const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const sentence = fc
  .array(fc.oneof(hanzi, hanzi, hanzi, fc.constantFrom('，', '、', '1', '2', '0', ' ')), {
    minLength: 1,
    maxLength: 40,
  })
  .map((chars) => `${chars.join('').trim() || '无'}。`);
/** A narrative in canonical form: trimmed paragraphs separated by one blank line. */
export const arbitraryNarrative = fc
  .array(sentence, { minLength: 0, maxLength: 3 })
  .map((paras) => paras.join('\n\n'));
const count = fc.oneof(fc.constant(null), fc.constant(0), fc.nat(50), fc.nat(9_999_999));
const amount = fc.oneof(
  fc.constant(null),
  fc.nat(99_999_999_999).map((n) => Number((n / 1_000_000).toFixed(6))),
);
const agency = fc.array(hanzi, { minLength: 2, maxLength: 12 }).map((c) => `${c.join('')}局`);

/** A random valid report document: any mix of blank, zero and large figures. */
export const arbitraryReport: fc.Arbitrary<ReportDocument> = fc
  .record({
    agency,
    year: fc.integer({ min: 2019, max: 2035 }),
    cells: fc.array(count, { minLength: 166, maxLength: 166 }),
    fee: amount,
    narratives: fc.array(arbitraryNarrative, { minLength: 9, maxLength: 9 }),
  })
  .map(({ agency: a, year, cells, fee, narratives }) => {
    let doc = createEmptyReport(gov2021, { agency: a, year });
    listInputCells(gov2021).forEach((c, i) => {
      doc = setAtPath(doc, c.path, c.kind === 'amount' ? fee : (cells[i] ?? null));
    });
    listNarratives(gov2021).forEach((n, i) => (doc = setAtPath(doc, n.path, narratives[i] ?? '')));
    return doc;
  });
