import type { FieldEdits, FieldFocus } from './saved-view-types';
import { findField } from './takeover';

// What was typed into the saved view, typed again into the editor's own fields (takeover.ts),
// through their usual handlers: a number is checked and refused as if typed now, totals and
// rules follow, the autosave stores it.

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Types `text` into a React-controlled field (the native setter, so React sees a change). */
function type(el: Field, text: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const nextTask = () => new Promise<void>((ok) => window.setTimeout(ok, 0));

/** Types `edits` into the editor's fields; the focused one keeps its draft and selection. */
export async function replayTyping(edits: FieldEdits, focus: FieldFocus | null): Promise<void> {
  for (const [name, text] of Object.entries(edits)) {
    const el = name === focus?.name ? null : findField(name);
    if (!el) continue;
    type(el, text);
    await nextTask(); // React renders the draft before the field is left
    el.dispatchEvent(new FocusEvent('focusout', { bubbles: true })); // commits, as leaving it does
    await nextTask();
  }
  const el = focus && findField(focus.name);
  const text = focus && edits[focus.name];
  if (!focus || !el || text === undefined || text === null) return;
  type(el, text); // still being typed: a draft, committed when the author leaves the field
  await nextTask();
  el.setSelectionRange(focus.start, focus.end);
}
