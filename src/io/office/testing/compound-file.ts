// Builds small OLE compound files ([MS-CFB] version 3, 512-byte sectors) for tests: a password-
// protected .docx/.xlsx (streams EncryptionInfo and EncryptedPackage, as Word, Excel and WPS
// write them) or a legacy .doc/.xls (WordDocument / Workbook streams).
//
// Why built here rather than made by an office suite: LibreOffice 7.4 cannot write a password-
// protected .docx headless. `soffice --convert-to 'docx:MS Word 2007 XML:{"Password":…}'` writes
// an unencrypted file, and a Basic macro storing with EncryptionData/OOXPassword fails with an
// IOException. The structure below is the one those files have; the contents are filler.

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;
// Streams of 4096 bytes and more live in ordinary sectors (no mini stream to build).
const STREAM_BYTES = 4096;

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  put16(b, at, v & 0xffff);
  put16(b, at + 2, (v >>> 16) & 0xffff);
}

function header(b: Uint8Array): void {
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((v, i) => (b[i] = v));
  put16(b, 0x18, 0x003e); // minor version
  put16(b, 0x1a, 0x0003); // major version 3
  put16(b, 0x1c, 0xfffe); // little-endian
  put16(b, 0x1e, 9); // 512-byte sectors
  put16(b, 0x20, 6); // 64-byte mini sectors
  put32(b, 0x2c, 1); // one FAT sector
  put32(b, 0x30, 1); // directory at sector 1
  put32(b, 0x38, STREAM_BYTES); // mini stream cutoff
  put32(b, 0x3c, END_OF_CHAIN); // no mini FAT
  put32(b, 0x44, END_OF_CHAIN); // no DIFAT sectors
  for (let i = 0; i < 109; i++) put32(b, 0x4c + 4 * i, i === 0 ? 0 : FREE);
}

function entry(b: Uint8Array, at: number, name: string, type: number, start: number, size: number) {
  for (let i = 0; i < name.length; i++) put16(b, at + 2 * i, name.charCodeAt(i));
  put16(b, at + 0x40, 2 * (name.length + 1));
  b[at + 0x42] = type;
  b[at + 0x43] = 1; // black
  put32(b, at + 0x44, NO_STREAM);
  put32(b, at + 0x48, NO_STREAM);
  put32(b, at + 0x4c, NO_STREAM);
  put32(b, at + 0x74, start);
  put32(b, at + 0x78, size);
}

/** Sibling order of the directory: shorter names first, then by upper-case name. */
const byCfbOrder = (a: string, b: string): number =>
  a.length - b.length || a.toUpperCase().localeCompare(b.toUpperCase());

/** A compound file holding the named streams (at most 3), each 4096 bytes of filler. */
export function buildCompoundFile(streams: readonly string[]): Uint8Array {
  const names = [...streams].sort(byCfbOrder).slice(0, 3);
  const perStream = STREAM_BYTES / SECTOR;
  const b = new Uint8Array(SECTOR * (3 + names.length * perStream));
  header(b);
  const fat = SECTOR; // sector 0
  const dir = 2 * SECTOR; // sector 1
  for (let i = 0; i < SECTOR / 4; i++) put32(b, fat + 4 * i, FREE);
  put32(b, fat, FAT_SECTOR);
  put32(b, fat + 4, END_OF_CHAIN);
  entry(b, dir, 'Root Entry', 5, END_OF_CHAIN, 0);
  put32(b, dir + 0x4c, names.length > 0 ? 1 : NO_STREAM);
  names.forEach((name, k) => {
    const start = 2 + k * perStream;
    for (let s = start; s < start + perStream; s++)
      put32(b, fat + 4 * s, s === start + perStream - 1 ? END_OF_CHAIN : s + 1);
    const at = dir + 128 * (k + 1);
    entry(b, at, name, 2, start, STREAM_BYTES);
    if (k + 1 < names.length) put32(b, at + 0x48, k + 2); // right sibling
    b.fill(0x5a, (start + 1) * SECTOR, (start + 1 + perStream) * SECTOR);
  });
  return b;
}

/** A password-protected Office Open XML file (.docx or .xlsx alike). */
export function encryptedOfficeFile(): Uint8Array {
  return buildCompoundFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** A legacy Word 97-2003 file (.doc). */
export function legacyWordFile(): Uint8Array {
  return buildCompoundFile(['WordDocument', '1Table']);
}

/** A legacy Excel 97-2003 file (.xls). */
export function legacyExcelFile(): Uint8Array {
  return buildCompoundFile(['Workbook']);
}
