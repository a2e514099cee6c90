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
 * A toggle button with a panel under it that can hold a form (the disclosure pattern): Tab goes
 * from the toggle into the panel; Esc, or a click elsewhere on the page, closes it and puts
 * focus back on the toggle (unless the click went to another control).
 */
export function Popover({ label, children, align = 'start', buttonProps }: PopoverProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target && root.current?.contains(target)) return;
      setOpen(false);
      if (!target?.closest(FOCUSABLE)) toggle.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  function onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !open || e.defaultPrevented) return;
    e.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  }
  return (
    <div className="ui-popover" ref={root} onKeyDown={onKeyDown}>
      <Button
        {...buttonProps}
        ref={toggle}
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
