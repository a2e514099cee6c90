import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';
import { useReturnFocusOnUnmount } from './focus-return';
import { UI_TEXT } from './strings';
import { useModalDialog } from './use-modal-dialog';

const FOCUSABLE =
  'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

/** The props of Dialog. */
export type DialogProps = {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** The right-aligned row of buttons under the body. */
  readonly footer?: ReactNode;
  readonly width?: 'sm' | 'md' | 'lg';
  /** The id of the text that describes the dialog, if any. */
  readonly describedBy?: string;
};

/**
 * Where focus starts: an element marked `data-autofocus` (React never writes `autofocus` into the
 * page, and its own focus() runs while the dialog is still closed), else the first control; in a
 * group of radios, the checked one, as Tab would reach it.
 */
function initialFocus(root: HTMLElement | null): HTMLElement | null {
  const first =
    root?.querySelector<HTMLElement>('[data-autofocus], [autofocus]') ??
    root?.querySelector<HTMLElement>(FOCUSABLE);
  if (!(first instanceof HTMLInputElement) || first.type !== 'radio' || first.checked)
    return first ?? null;
  const checked = root?.querySelector<HTMLInputElement>(
    `input[type="radio"][name="${CSS.escape(first.name)}"]:checked`,
  );
  return checked ?? first;
}

/**
 * A modal dialog of the visual system, shown while mounted (render it as `{open && <Dialog/>}`):
 * titled by its heading, closed by 关闭, Esc or the caller; focus starts on the first control of
 * the body (not on 关闭) and goes back to the element that opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  width = 'md',
  describedBy,
}: DialogProps) {
  const titleId = useId();
  const [ref, close] = useModalDialog(onClose);
  const body = useRef<HTMLDivElement>(null);
  useReturnFocusOnUnmount();
  useEffect(() => initialFocus(body.current)?.focus(), []);
  return (
    <dialog
      ref={ref}
      className="ui-dialog"
      data-width={width}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <header className="ui-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <Button variant="ghost" className="ui-close" aria-label={UI_TEXT.close} onClick={close}>
          <span aria-hidden="true">×</span>
        </Button>
      </header>
      <div className="ui-dialog-body" ref={body}>
        {children}
      </div>
      {footer !== undefined && <footer className="ui-dialog-footer">{footer}</footer>}
    </dialog>
  );
}
