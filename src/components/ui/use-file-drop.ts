import { useEffect, useRef, useState } from 'react';

/** True when a drag carries files (not text or a link dragged from the page). */
function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** How the dropped items become files: the plain file list, or e.g. walking dropped folders. */
export type DropReader = (data: DataTransfer) => Promise<File[]>;

const plainFiles: DropReader = (data) => Promise.resolve(Array.from(data.files));

const DRAG_EVENTS = ['dragover', 'dragenter', 'dragleave', 'drop'] as const;

type DragListeners = Record<(typeof DRAG_EVENTS)[number], (e: DragEvent) => void>;

/**
 * The page's drag listeners: they count nested enter/leave pairs (the events fire per element)
 * to tell when files are over the page, and hand a drop's data to `onDrop`.
 */
function fileDragListeners(
  setDragging: (dragging: boolean) => void,
  onDrop: (data: DataTransfer) => void,
): DragListeners {
  let depth = 0;
  return {
    dragover: (e) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    },
    dragenter: (e) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    },
    dragleave: (e) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    },
    drop: (e) => {
      if (!e.dataTransfer || !carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      onDrop(e.dataTransfer);
    },
  };
}

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
    const listeners = fileDragListeners(setDragging, (data) => {
      void latest.current.read(data).then((files) => {
        if (files.length > 0) latest.current.onFiles(files);
      });
    });
    for (const type of DRAG_EVENTS) window.addEventListener(type, listeners[type]);
    return () => {
      for (const type of DRAG_EVENTS) window.removeEventListener(type, listeners[type]);
    };
  }, [enabled]);
  return dragging;
}
