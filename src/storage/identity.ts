import { ROLES, type Actor } from '../domain/workflow/types';
import type { KeyValueStorage } from './edit-journal';

// Who works in this browser profile (issue 6): a name and a role (填报人 / 审核人), set once and
// recorded on every action and comment. Kept in localStorage: it belongs to the profile, not
// to a report, and must be there synchronously when a page opens.

const KEY = 'nianbao-identity';

function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some browsers throw on access when site data is disabled
  }
}

/** The identity of this profile, or null when none was set (or it cannot be read). */
export function loadIdentity(storage = browserStorage()): Actor | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { name, role } = raw as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') return null;
    const known = ROLES.find((r) => r === role);
    return known ? { name: name.trim(), role: known } : null;
  } catch {
    return null;
  }
}

/** Stores the identity of this profile; false when localStorage refused it. */
export function saveIdentity(actor: Actor, storage = browserStorage()): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify({ name: actor.name.trim(), role: actor.role }));
    return storage !== undefined;
  } catch {
    return false;
  }
}
