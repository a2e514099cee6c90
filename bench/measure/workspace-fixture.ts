// A year's office for the workspace bench: the reports a 政务公开办 holds in its browser (500
// of the year and 500 of the year before by default) and a batch of files to receive, made from
// the published samples under other agency names.
//
// Run as a script (`npx tsx bench/measure/workspace-fixture.ts OUT.json [DIR] [YEAR] [PER_YEAR]
// [FILES]`) it writes { backup, files, info }: `backup` a backup file (src/domain/drafts/
// backup.ts) the bench restores through the app's own 从备份文件恢复, `files` the batch to receive
// (half JSON exports, half text exports, each of an agency not stored). workspace-node.ts
// imports `officeRecords` to sum the same reports in Node.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gov2021 } from '../../src/domain/template/gov-2021';
import {
  getCell,
  getNarrative,
  setAtPath,
  type ReportDocument,
} from '../../src/domain/report/document';
import { listInputCells, listNarratives } from '../../src/domain/template/cells';
import { checkSubmission } from '../../src/domain/workflow/guards';
import { createBackup, serializeBackup } from '../../src/domain/drafts/backup';
import { emptyReview, type ReportRecord, type ReportStatus } from '../../src/domain/drafts/record';
import { importReport } from '../../src/io/import-report';
import { exportJson } from '../../src/io/json-export';
import { exportText } from '../../src/io/text-export';

const ANNOTATION = /^#\s*(source|note):.*\n?/gim;

/** The published samples as documents (every one that imports), in file-name order. */
export function sampleDocuments(dir: string): ReportDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const r = importReport(gov2021, readFileSync(join(dir, f), 'utf8').replace(ANNOTATION, ''));
      return r.ok ? [r.document] : [];
    });
}

const add = (doc: ReportDocument, path: string, by: number): ReportDocument =>
  setAtPath(doc, path, (getCell(doc, path) ?? 0) + by);

/**
 * A sample as a department finishes it before sending: blank cells 0, blank narratives written.
 * The published texts all leave something blank, which is an error once a report is handed in.
 */
export function completed(doc: ReportDocument): ReportDocument {
  let out = doc;
  for (const { path } of listInputCells(gov2021))
    if (getCell(out, path) === null) out = setAtPath(out, path, 0);
  for (const { path } of listNarratives(gov2021))
    if (getNarrative(out, path).trim() === '')
      out = setAtPath(out, path, '本年度无需要说明的情况。');
  return out;
}

/**
 * Sample `i` of the year under agency `agency`: a few more requests received and granted (the
 * balance still holds), so that no two reports have the same content.
 */
export function variant(
  base: ReportDocument,
  agency: string,
  year: number,
  i: number,
): ReportDocument {
  let doc: ReportDocument = { ...base, meta: { ...base.meta, agency, year, title: undefined } };
  doc = add(doc, 'requests.newReceived.natural', 1 + (i % 37));
  doc = add(doc, 'requests.granted.natural', 1 + (i % 37));
  return doc;
}

/** An agency name of the bench office (distinct after normalising). */
export function agencyName(n: number): string {
  return `基准市第${String(n).padStart(4, '0')}号单位`;
}

const STATUSES: readonly ReportStatus[] = [
  ...Array<ReportStatus>(16).fill('submitted'),
  'approved',
  'approved',
  'returned',
  'draft',
];
const FORMATS = ['json', 'text', 'html'] as const;

function record(doc: ReportDocument, id: string, i: number, day: string): ReportRecord {
  const status = STATUSES[i % STATUSES.length] ?? 'submitted';
  const at = new Date(Date.parse(`${day}T08:00:00Z`) + i * 61_000).toISOString();
  const check = checkSubmission(gov2021, doc, []);
  return {
    id,
    document: doc,
    rev: 1 + (i % 3),
    status,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    acknowledgements: [],
    problems: { errors: check.errors.length, warnings: check.unacknowledged.length },
    review: emptyReview(),
    consolidation: null,
    // A report typed here has no origin; every other one was received as a file.
    origin:
      status === 'draft'
        ? null
        : { format: FORMATS[i % FORMATS.length] ?? 'json', receivedAt: at, modifiedAt: at },
  };
}

/** The office's stored reports: `perYear` agencies, each with a report of `year` and of the year before. */
export function officeRecords(dir: string, year: number, perYear: number): ReportRecord[] {
  const samples = sampleDocuments(dir);
  if (samples.length === 0) throw new Error(`no published sample in ${dir} imports`);
  const out: ReportRecord[] = [];
  for (const y of [year, year - 1]) {
    for (let i = 0; i < perYear; i++) {
      const base = samples[(i + (y === year ? 0 : 1)) % samples.length] as ReportDocument;
      // One report in ten is sent as published, with what it leaves blank (errors).
      const doc = variant(i % 10 === 9 ? base : completed(base), agencyName(i), y, i);
      out.push(record(doc, `bench-${y}-${String(i).padStart(4, '0')}`, i, `${y + 1}-01-05`));
    }
  }
  return out;
}

/** `count` files of agencies not stored, of `year`: JSON exports and text exports in turn. */
export function receiveFiles(
  dir: string,
  year: number,
  count: number,
): { name: string; text: string }[] {
  const samples = sampleDocuments(dir);
  return Array.from({ length: count }, (_, i) => {
    const base = completed(samples[i % samples.length] as ReportDocument);
    const doc = variant(base, `基准市新报送第${String(i).padStart(4, '0')}号单位`, year, i);
    const json = i % 2 === 0;
    return {
      name: `${String(i).padStart(3, '0')}-${doc.meta.agency}.${json ? 'json' : 'txt'}`,
      text: json ? exportJson(gov2021, doc) : exportText(gov2021, doc),
    };
  });
}

function main() {
  const [out, dir = '/work/shared/samples/published', y = '2024', per = '500', n = '200'] =
    process.argv.slice(2);
  if (!out) throw new Error('usage: workspace-fixture.ts OUT.json [DIR] [YEAR] [PER_YEAR] [FILES]');
  const year = Number(y);
  const records = officeRecords(dir, year, Number(per));
  const backup = createBackup(records, new Date().toISOString());
  const files = receiveFiles(dir, year, Number(n));
  const withErrors = records.filter((r) => r.document.meta.year === year && r.problems?.errors);
  writeFileSync(
    out,
    JSON.stringify({
      backup: serializeBackup(backup),
      files,
      info: {
        year,
        reports: records.length,
        perYear: Number(per),
        withErrors: withErrors.length,
        samples: sampleDocuments(dir).length,
        backupChars: serializeBackup(backup).length,
      },
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
