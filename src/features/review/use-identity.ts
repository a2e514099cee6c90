import { useSyncExternalStore } from 'react';
import type { Actor } from '@/domain/workflow';
import { loadIdentity, saveIdentity } from '@/storage/identity';

// The identity of this browser profile, shared by every component that shows or records it:
// set in one place (the identity form), seen at once by the workflow bar and the comments.

const listeners = new Set<() => void>();
let current: Actor | null | undefined;

function read(): Actor | null {
  if (current === undefined) current = loadIdentity();
  return current;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/** Sets the identity of this profile; false when it could not be stored (kept for this page). */
export function setIdentity(actor: Actor): boolean {
  current = { name: actor.name.trim(), role: actor.role };
  const stored = saveIdentity(current);
  listeners.forEach((fn) => fn());
  return stored;
}

/** The identity of this profile, or null before it is set. */
export function useIdentity(): Actor | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
