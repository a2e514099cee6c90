// The OLE compound file (CFB, [MS-CFB]) that holds legacy .doc/.xls files and also password-
// protected .docx/.xlsx (an EncryptionInfo stream and an EncryptedPackage stream). Only the names
// of the directory's streams are read: they tell those apart. Every read is bounds-checked and
// every chain walk is capped, since the file may be damaged or hostile.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/** True when the bytes start with the compound file signature. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((v, i) => bytes[i] === v);
}

type Layout = { readonly b: Uint8Array; readonly shift: number; readonly sectors: number };

const sectorAt = (l: Layout, n: number): number => (n + 1) << l.shift;

/** The sector numbers of the FAT: 109 in the header, the rest in the DIFAT chain. */
function fatSectors(l: Layout): number[] {
  const { b } = l;
  const count = u32(b, 0x2c);
  const out: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT); i++) out.push(u32(b, 0x4c + 4 * i));
  const perSector = (1 << l.shift) / 4 - 1;
  let difat = u32(b, 0x44);
  for (let hops = 0; out.length < count && difat < l.sectors && hops < l.sectors; hops++) {
    const at = sectorAt(l, difat);
    for (let i = 0; i < perSector && out.length < count; i++) out.push(u32(b, at + 4 * i));
    difat = u32(b, at + 4 * perSector);
  }
  return out;
}

/** The next sector of a chain, from the FAT. */
function nextSector(l: Layout, fat: readonly number[], n: number): number {
  const perSector = (1 << l.shift) / 4;
  const fatSector = fat[Math.floor(n / perSector)];
  if (fatSector === undefined || fatSector >= l.sectors) return END_OF_CHAIN;
  return u32(l.b, sectorAt(l, fatSector) + 4 * (n % perSector));
}

function entryName(b: Uint8Array, at: number): string {
  const length = Math.min(u16(b, at + 0x40), 64);
  let name = '';
  for (let i = 0; i + 2 < length; i += 2) name += String.fromCharCode(u16(b, at + i));
  return name;
}

/** The names of the storages and streams in a compound file, or null when it is unreadable. */
export function listCompoundEntries(bytes: Uint8Array): string[] | null {
  if (!isCompoundFile(bytes)) return null;
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const l: Layout = { b: bytes, shift, sectors: Math.floor(bytes.length / (1 << shift)) - 1 };
  const fat = fatSectors(l);
  const names: string[] = [];
  let sector = u32(bytes, 0x30);
  for (let hops = 0; sector < l.sectors && hops < l.sectors; hops++) {
    const at = sectorAt(l, sector);
    for (let e = 0; e < 1 << (shift - 7); e++) {
      const entry = at + 128 * e;
      if (bytes[entry + 0x42] !== 0) names.push(entryName(bytes, entry));
    }
    sector = nextSector(l, fat, sector);
  }
  return names.length > 0 ? names : null;
}
