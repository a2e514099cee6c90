import { useEffect, useRef, useState } from 'react';

/** True when a drag carries files (not text or a link dragged from the page). */
function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** How the dropped items become files: the plain file list, or e.g. walking dropped folders. */
export type DropReader = (data: DataTransfer) => Promise<File[]>;

const plainFiles: DropReader = (data) => Promise.resolve(Array.from(data.files));

/**
 * Files dropped anywhere on the page go to `onFiles` while `enabled`; returns whether files are
 * being dragged over the page, so the screen can say where they will go. The browser's default
 * (opening the file in the tab, which would leave the app) is prevented for file drags only.
 */
export function usePageFileDrop(
  onFiles: (files: File[]) => void,
  { enabled = true, read = plainFiles }: { enabled?: boolean; read?: DropReader } = {},
): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef({ onFiles, read });
  useEffect(() => {
    latest.current = { onFiles, read };
  });
  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void latest.current.read(e.dataTransfer).then((files) => {
        if (files.length > 0) latest.current.onFiles(files);
      });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [enabled]);
  return dragging;
}
