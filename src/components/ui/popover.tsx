import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, type ButtonProps } from './button';

/** The props of Popover. */
export type PopoverProps = {
  /** The toggle's words, e.g. 设置. */
  readonly label: string;
  readonly children: ReactNode;
  /** Which edge of the toggle the panel lines up with (default: start). */
  readonly align?: 'start' | 'end';
  readonly buttonProps?: Omit<ButtonProps, 'onClick' | 'children'>;
};

const FOCUSABLE = 'button, a[href], input, select, textarea, label, [tabindex]';

/**
 * Whether the panel is open, and what closes it: a click outside the root (focus goes back to
 * the toggle unless the click went to another control) or Esc (the returned key handler).
 */
function usePopoverState() {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target && rootRef.current?.contains(target)) return;
      setOpen(false);
      if (!target?.closest(FOCUSABLE)) toggleRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  function onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
    e.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  }
  return { open, setOpen, rootRef, toggleRef, onKeyDown };
}

/**
 * A toggle button with a panel under it that can hold a form (the disclosure pattern): Tab goes
 * from the toggle into the panel; Esc, or a click elsewhere on the page, closes it and puts
 * focus back on the toggle (unless the click went to another control).
 */
export function Popover({ label, children, align = 'start', buttonProps }: PopoverProps) {
  const id = useId();
  const { open, setOpen, rootRef, toggleRef, onKeyDown } = usePopoverState();
  return (
    <div className="ui-popover" ref={rootRef} onKeyDown={onKeyDown}>
      <Button
        {...buttonProps}
        ref={toggleRef}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      <div
        id={`${id}-panel`}
        className="ui-popover-panel"
        role="group"
        aria-label={label}
        data-align={align}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  );
}
