import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getCell,
  gov2021,
  listInputCells,
  sample2021,
  setAtPath,
  type ReportDocument,
} from '../../domain';
import { exportHtml } from '../html-export';
import { sniffFile } from '../office/sniff';
import { exportDocx } from './docx-export';
import { importDocx } from './docx-import';
import { buildHandMadeDocx } from './testing/hand-built-docx';
import { runLibreOffice } from '../../testing/libreoffice';

// Word files written by another office suite: LibreOffice re-saves our files as .docx (its own
// grid, with zero-width columns where widths do not add up), turns the printable web page into a
// .docx (its HTML tables' rowspan/colspan become vMerge/gridSpan), and saves a legacy .doc.
// LibreOffice (Debian libreoffice-writer-nogui) is installed by .ci/run.

const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-import-lo-'));

// Every input cell its own figure, so a figure read into the wrong cell cannot go unnoticed.
const distinct: ReportDocument = listInputCells(gov2021).reduce(
  (doc, cell, i) => setAtPath(doc, cell.path, cell.kind === 'amount' ? 12.5 : 100 + i),
  { ...sample2021, meta: { ...sample2021.meta, publishedOn: '2022-01-20' } },
);

const soffice = (args: readonly string[]): void => runLibreOffice(args, join(dir, 'out'));

const output = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, 'out', name)));

beforeAll(async () => {
  writeFileSync(join(dir, 'hand.docx'), await buildHandMadeDocx(gov2021, distinct));
  writeFileSync(join(dir, 'ours.docx'), await exportDocx(gov2021, distinct, { draft: true }));
  writeFileSync(join(dir, 'page.html'), exportHtml(gov2021, distinct));
  const docx = ['--convert-to', 'docx:MS Word 2007 XML'];
  soffice([...docx, join(dir, 'hand.docx'), join(dir, 'ours.docx')]);
  soffice(['--infilter=HTML (StarWriter)', ...docx, join(dir, 'page.html')]);
  soffice(['--convert-to', 'doc', join(dir, 'hand.docx')]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importDocx: Word files saved by LibreOffice', () => {
  it.each(['hand.docx', 'ours.docx'])('%s re-saved by LibreOffice imports whole', async (name) => {
    const r = await importDocx(gov2021, output(name));
    if (!r.ok) throw new Error(r.error);
    expect(r.document).toEqual(distinct);
    expect(r.issues).toEqual([]);
  });

  it('the printable web page made into a Word file by LibreOffice gives every figure', async () => {
    const r = await importDocx(gov2021, output('page.docx'));
    if (!r.ok) throw new Error(r.error);
    const cells = listInputCells(gov2021);
    expect(cells.map((c) => getCell(r.document, c.path))).toEqual(
      cells.map((c) => getCell(distinct, c.path)),
    );
    expect(r.document.meta).toEqual(distinct.meta);
    expect(r.issues).toEqual([]);
  });

  it('a legacy .doc saved by LibreOffice is refused, asking for .docx', () => {
    const r = sniffFile(output('hand.doc'), 'hand.doc');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/旧版 Word 文件.*\.docx/) });
  });
});
