import {
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { buttonClass, type ButtonVariant } from './button';

/** One entry of a MenuButton. */
export type MenuItem = {
  readonly id: string;
  readonly label: string;
  /** Longer description, read by screen readers and shown as a tooltip. */
  readonly hint?: string;
  readonly onSelect: () => void;
};

type MenuButtonProps = {
  readonly label: string;
  readonly hint?: string;
  readonly items: readonly MenuItem[];
  /** The trigger button, so callers can return focus to it (e.g. after a dialog closes). */
  readonly buttonRef?: RefObject<HTMLButtonElement | null>;
  /** The trigger's look (default: secondary). */
  readonly variant?: ButtonVariant;
};

/** The index an arrow / Home / End key moves to in a list of `count`, or null for other keys. */
function nextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The menu's item buttons, and the effect that moves the focus to item `focusAt` when it changes. */
function useItemFocus(focusAt: number | null) {
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  useEffect(() => {
    if (focusAt !== null) itemRefs.current[focusAt]?.focus();
  }, [focusAt]);
  return itemRefs;
}

/** The menu's state and keys: which item has the focus (null: closed), and the handlers. */
function useMenu(items: readonly MenuItem[], buttonRef?: RefObject<HTMLButtonElement | null>) {
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const ownButton = useRef<HTMLButtonElement | null>(null);
  const button = buttonRef ?? ownButton;
  const itemRefs = useItemFocus(focusAt);
  const close = (refocus: boolean) => {
    setFocusAt(null);
    if (refocus) button.current?.focus();
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    setFocusAt(e.key === 'ArrowDown' ? 0 : items.length - 1);
  };
  const onMenuKey = (e: KeyboardEvent, index: number) => {
    if (e.key === 'Escape') return (e.preventDefault(), close(true));
    if (e.key === 'Tab') return close(false);
    const next = nextIndex(e.key, index, items.length);
    if (next === null) return;
    e.preventDefault();
    setFocusAt(next);
  };
  const select = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };
  const toggle = () => (focusAt !== null ? close(false) : setFocusAt(0));
  // A new callback per render, as before: React detaches the old one and attaches the new one.
  const itemRef = (i: number) => (el: HTMLButtonElement | null) => {
    itemRefs.current[i] = el;
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (focusAt !== null && !e.currentTarget.contains(e.relatedTarget)) close(false);
  };
  const open = focusAt !== null;
  return { open, triggerRef: button, itemRef, onBlur, toggle, onButtonKey, onMenuKey, select };
}

type MenuListProps = {
  readonly id: string;
  readonly open: boolean;
  readonly items: readonly MenuItem[];
  readonly itemRef: (i: number) => (el: HTMLButtonElement | null) => void;
  readonly select: (item: MenuItem) => void;
  readonly onMenuKey: (e: KeyboardEvent, index: number) => void;
};

/** The menu's list of items (a plain render helper, not a component: no extra layer). */
function renderMenuList({ id, open, items, itemRef, select, onMenuKey }: MenuListProps) {
  return (
    <ul role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} hidden={!open}>
      {items.map((item, i) => (
        <li role="none" key={item.id}>
          <button
            ref={itemRef(i)}
            type="button"
            role="menuitem"
            tabIndex={-1}
            title={item.hint}
            data-item={item.id}
            onClick={() => select(item)}
            onKeyDown={(e) => onMenuKey(e, i)}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A menu button (WAI-ARIA APG "menu button" pattern): Enter, Space or ↓ opens the menu on its
 * first item, ↑ on its last; arrows, Home and End move; Enter activates; Esc closes and returns
 * focus to the button; Tab or a click elsewhere closes it.
 */
export function MenuButton({ label, hint, items, buttonRef, variant }: MenuButtonProps) {
  const id = useId();
  const { open, triggerRef, itemRef, onBlur, toggle, onButtonKey, onMenuKey, select } = useMenu(
    items,
    buttonRef,
  );
  return (
    <div className="menu-button" onBlur={onBlur}>
      <button
        ref={triggerRef}
        type="button"
        className={buttonClass(variant)}
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        title={hint}
        onClick={toggle}
        onKeyDown={onButtonKey}
      >
        {label}
      </button>
      {renderMenuList({ id, open, items, itemRef, select, onMenuKey })}
    </div>
  );
}
