import ExcelJS from 'exceljs';
import { isZipFailure, MAX_UNZIPPED_BYTES, openOfficePackage } from '../office/office-package';
import { CORRUPT, ENCRYPTED_OR_XLS, sheetTooLarge, tooBig } from './strings';
import { MAX_GRID_COLS } from './sheet-grid';

// Opening the bytes as a workbook, or saying in Chinese why not. An .xlsx is a zip; an encrypted
// .xlsx (and an old .xls) is an OLE compound file, which exceljs cannot open.

/** Largest .xlsx read: a report workbook is tens of kB, a 主管部门's template a few MB at most. */
export const MAX_XLSX_MB = 10;
/** More rows than this in one sheet: not a report, and too much to parse. */
const MAX_SHEET_ROWS = 20_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

// Parts of a sheet the import never reads; skipping them also avoids exceljs' known failures
// on drawings and conditional formats written by other programs.
const IGNORED_NODES = [
  'conditionalFormatting',
  'dataValidations',
  'drawing',
  'picture',
  'extLst',
  'hyperlinks',
  'tableParts',
];

/** The loaded workbook, or the Chinese reason it cannot be read. */
export async function loadWorkbook(
  bytes: Uint8Array,
): Promise<{ ok: true; workbook: ExcelJS.Workbook } | { ok: false; error: string }> {
  if (bytes.length > MAX_XLSX_MB * 1024 * 1024) {
    return { ok: false, error: tooBig(bytes.length, MAX_XLSX_MB) };
  }
  if (startsWith(bytes, OLE)) return { ok: false, error: ENCRYPTED_OR_XLS };
  if (!startsWith(bytes, ZIP)) return { ok: false, error: CORRUPT };
  const inflated = checkInflatedSize(bytes);
  if (inflated) return { ok: false, error: inflated };
  const workbook = new ExcelJS.Workbook();
  // maxRows/maxCols (not in exceljs' types) make it stop at a sheet no report comes near.
  const options = {
    ignoreNodes: IGNORED_NODES,
    maxRows: MAX_SHEET_ROWS,
    maxCols: MAX_GRID_COLS * 10,
  };
  try {
    await workbook.xlsx.load(bytes.slice().buffer, options);
  } catch (e) {
    const overLimit = e instanceof Error && /^Max \w+ count/.test(e.message);
    return { ok: false, error: overLimit ? sheetTooLarge(MAX_SHEET_ROWS) : CORRUPT };
  }
  return { ok: true, workbook };
}

/**
 * exceljs unzips with the sizes the zip declares; a zip bomb declares small ones. Every part is
 * inflated first within one budget (src/io/office), so a file that would inflate past it is
 * refused before exceljs sees it.
 */
function checkInflatedSize(bytes: Uint8Array): string | null {
  const pkg = openOfficePackage(bytes);
  if (pkg === 'damaged') return CORRUPT;
  const failure = pkg === 'tooBig' ? 'tooBig' : firstFailure(pkg);
  if (failure === 'tooBig') return tooBig(MAX_UNZIPPED_BYTES + 1, MAX_UNZIPPED_BYTES / 1024 / 1024);
  return failure === null ? null : failure === 'encrypted' ? ENCRYPTED_OR_XLS : CORRUPT;
}

function firstFailure(pkg: Exclude<ReturnType<typeof openOfficePackage>, 'damaged' | 'tooBig'>) {
  for (const name of pkg.names) {
    const read = pkg.readText(name);
    if (read !== null && isZipFailure(read)) return read;
  }
  return null;
}
