import { useRef, useState } from 'react';
import { ImportDialog, type ImportDialogProps } from './import-dialog';
import { S } from './strings';

export type ImportButtonProps = Omit<ImportDialogProps, 'onClose'>;

/** The 「导入」 button: opens the import dialog, and returns focus to itself when it closes. */
export function ImportButton(props: ImportButtonProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" title={S.openHint} onClick={() => setOpen(true)}>
        {S.open}
      </button>
      {open && (
        <ImportDialog
          {...props}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
