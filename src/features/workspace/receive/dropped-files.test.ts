import { describe, expect, it } from 'vitest';
import { takeDrop } from './dropped-files';

// A dropped folder is walked to every file inside it (readEntries hands out chunks until it
// returns none); hidden system files are skipped; a plain dropped file comes as it is.

type FakeEntry = Record<string, unknown>;

const fileEntry = (path: string): FakeEntry => ({
  isFile: true,
  isDirectory: false,
  name: path.split('/').pop(),
  fullPath: path,
  file: (ok: (f: File) => void) => ok(new File(['x'], path.split('/').pop() ?? '')),
});

function folderEntry(path: string, children: FakeEntry[]): FakeEntry {
  // Two chunks, then none, as a browser does for a large folder.
  const chunks = [children.slice(0, 2), children.slice(2), []];
  return {
    isFile: false,
    isDirectory: true,
    name: path.split('/').pop(),
    fullPath: path,
    createReader: () => ({
      readEntries: (ok: (e: FakeEntry[]) => void) => ok(chunks.shift() ?? []),
    }),
  };
}

const item = (entry: FakeEntry | null, file: File | null) => ({
  kind: 'file',
  webkitGetAsEntry: () => entry,
  getAsFile: () => file,
});

describe('takeDrop', () => {
  it('walks dropped folders, skips hidden files, and keeps plain files', async () => {
    const folder = folderEntry('/报送', [
      fileEntry('/报送/b.txt'),
      fileEntry('/报送/.DS_Store'),
      folderEntry('/报送/区县', [fileEntry('/报送/区县/c.pdf')]),
      fileEntry('/报送/a.json'),
    ]);
    const loose = new File(['y'], '单独.html');
    const transfer = { items: [item(folder, null), item(null, loose)], files: [] };
    const files = await takeDrop(transfer as unknown as DataTransfer);
    expect(files.map((f) => f.name)).toEqual(['a.json', 'b.txt', 'c.pdf', '单独.html']);
  });
});
