// The files of a drop: files dropped as they are, and every file inside dropped folders
// (walked through the File and Directory Entries API, which Chromium, Firefox and Safari
// offer as webkitGetAsEntry). Entries must be taken while the drop event runs; reading them
// may take longer. Hidden files inside folders (.DS_Store, ._x) are system files, not reports.

type Dropped = { entry: FileSystemEntry | null; file: File | null };

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await fileOf(entry as FileSystemFileEntry)];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries hands out a directory in chunks (100 in Chromium) until it returns none.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader))
    children.push(...chunk);
  const visible = children
    .filter((c) => !c.name.startsWith('.'))
    .sort((a, b) => a.fullPath.localeCompare(b.fullPath));
  return (await Promise.all(visible.map(walk))).flat();
}

async function filesOf({ entry, file }: Dropped): Promise<File[]> {
  if (entry === null) return file ? [file] : [];
  try {
    return await walk(entry);
  } catch {
    return file ? [file] : []; // an entry that cannot be read: the file as dropped, if any
  }
}

/** Takes what a drop carries (call it inside the drop handler); resolves to every file. */
export function takeDrop(transfer: DataTransfer): Promise<File[]> {
  const items = Array.from(transfer.items).filter((i) => i.kind === 'file');
  if (items.length === 0) return Promise.resolve(Array.from(transfer.files));
  const dropped: Dropped[] = items.map((i) => ({
    entry: typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null,
    file: i.getAsFile(),
  }));
  return Promise.all(dropped.map(filesOf)).then((lists) => lists.flat());
}
