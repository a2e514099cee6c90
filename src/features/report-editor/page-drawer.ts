import { useEffect, useRef } from 'react';

// The editor's page shows one side drawer at a time (审核, 历史版本, a 汇总's 来源明细), each
// owned by a different part of the page: opening one closes the one open before. A drawer the
// person works beside (审核, 来源明细: comment on a cell, read a cell's sources) makes room for
// itself: the page narrows (html[data-page-drawer='push'], editor.css), so it hides nothing and
// runs the window's full height. A wide one (历史版本, read instead of the report) lies over the
// report under the toolbar, which stays whole.

type Listener = (id: string) => void;

/** How an open drawer shares the window with the report. */
export type DrawerRoom = 'push' | 'overlay';

const listeners = new Set<Listener>();

/** Says that drawer `id` opened: every other open drawer closes. */
function announce(id: string): void {
  for (const listener of [...listeners]) listener(id);
}

/** The bottom of the editor's toolbar in the window: where an overlaying drawer starts. */
function followToolbar(): () => void {
  const root = document.documentElement;
  let frame = 0;
  const place = () => {
    frame = 0;
    const bottom = document.querySelector('.editor-toolbar')?.getBoundingClientRect().bottom ?? 0;
    root.style.setProperty('--drawer-top', `${Math.max(0, Math.round(bottom))}px`);
  };
  const onScroll = () => {
    if (frame === 0) frame = requestAnimationFrame(place);
  };
  place();
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onScroll);
    root.style.removeProperty('--drawer-top');
  };
}

/** Marks the page as holding an open drawer `width` px wide; returns how to undo it. */
function makeRoom(room: DrawerRoom, width: number): () => void {
  const root = document.documentElement;
  root.setAttribute('data-page-drawer', room);
  root.style.setProperty('--page-drawer-width', `${width}px`);
  const unfollow = room === 'overlay' ? followToolbar() : () => {};
  return () => {
    unfollow();
    root.removeAttribute('data-page-drawer');
    root.style.removeProperty('--page-drawer-width');
  };
}

/** The room made for the open drawer, and how to give it back. */
let held: { id: string; undo: () => void } | null = null;

/** Makes room for drawer `id` (giving back the room of the one before). */
function takeRoom(id: string, room: DrawerRoom, width: number): void {
  held?.undo();
  held = { id, undo: makeRoom(room, width) };
}

/** Gives back the room of drawer `id`, unless another drawer has taken it since. */
function leaveRoom(id: string): void {
  if (held?.id !== id) return;
  held.undo();
  held = null;
}

/**
 * Takes part in the page's one-drawer-at-a-time rule: while `open`, the page holds a drawer
 * `width` px wide (making room for it, or under its toolbar: `room`), and `close` is called when
 * another drawer opens.
 */
export function useExclusiveDrawer(
  id: string,
  open: boolean,
  width: number,
  close: () => void,
  room: DrawerRoom = 'push',
): void {
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  useEffect(() => {
    if (!open) return;
    announce(id);
    const listener: Listener = (other) => {
      if (other !== id) closeRef.current();
    };
    listeners.add(listener);
    takeRoom(id, room, width);
    return () => {
      listeners.delete(listener);
      leaveRoom(id);
    };
  }, [id, open, width, room]);
}
