import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './button';
import { returnFocus } from './focus-return';
import { UI_TEXT } from './strings';

/** The props of Drawer. */
export type DrawerProps = {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly side?: 'right';
  /** Width in CSS pixels (default 420). */
  readonly width?: number;
  readonly id?: string;
  /** The accessible name, when it should say more than the title. */
  readonly label?: string;
};

/**
 * A non-modal side panel at the right under the sticky toolbar: takes no room in the page and is
 * not rendered while closed. On open focus moves to its heading; Esc inside, or 关闭, closes it and
 * focus goes back to the element that opened it.
 */
export function Drawer({ open, title, onClose, children, width = 420, id, label }: DrawerProps) {
  if (!open) return null;
  return (
    <OpenDrawer title={title} onClose={onClose} width={width} id={id} label={label}>
      {children}
    </OpenDrawer>
  );
}

type OpenDrawerProps = Omit<DrawerProps, 'open' | 'side' | 'width'> & { readonly width: number };

/** The drawer while shown: remembers its opener and takes focus to its heading. */
function OpenDrawer({ title, onClose, children, width, id, label }: OpenDrawerProps) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement;
    heading.current?.focus();
    // Unmount effects run after the panel left the page: if focus was inside, it is on nothing now.
    return () => returnFocus(opener);
  }, []);
  function onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    onClose();
  }
  return (
    <aside
      id={id}
      className="ui-drawer"
      aria-labelledby={label === undefined ? titleId : undefined}
      aria-label={label}
      style={{ width }}
      onKeyDown={onKeyDown}
    >
      <header className="ui-drawer-header">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <Button variant="ghost" className="ui-close" aria-label={UI_TEXT.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </Button>
      </header>
      <div className="ui-drawer-body">{children}</div>
    </aside>
  );
}
