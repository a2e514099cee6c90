import { useCallback, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { usePageFileDrop } from '@/components/ui/use-file-drop';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { ImportDialogProps } from './import-dialog';
import { S } from './strings';
import './import.css';

export type ImportButtonProps = Omit<ImportDialogProps, 'onClose'>;

// The dialog and the importers behind it (text, HTML parser, JSON) are a chunk of their own,
// loaded when the button is first pointed at, focused or pressed.
const dialog = lazyComponent(() => import('./import-dialog').then((m) => m.ImportDialog));
const preload = () => void dialog.preload().catch(() => {}); // pressing the button says why

/** The dialog once its code is there; a status line (or why not) meanwhile. */
function LazyImportDialog(props: ImportDialogProps) {
  const loaded = dialog.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  if (loaded.kind === 'failed') return <span role="alert">{S.loadFailed}</span>;
  return (
    <span role="status" className="import-loading">
      {S.loadingDialog}
    </span>
  );
}

/**
 * The 「导入」 button: opens the import dialog, and returns focus to itself when it closes. A file
 * dropped anywhere on the page opens the dialog with that file read.
 */
export function ImportButton(props: ImportButtonProps) {
  const [open, setOpen] = useState(false);
  const [dropped, setDropped] = useState<File | undefined>(undefined);
  const button = useRef<HTMLButtonElement>(null);
  const onDrop = useCallback((files: File[]) => {
    preload();
    setDropped(files[0]);
    setOpen(true);
  }, []);
  const dragging = usePageFileDrop(onDrop, { enabled: !open });
  return (
    <>
      {dragging && (
        <div className="import-drop-overlay" aria-hidden="true">
          {S.dropOnPage}
        </div>
      )}
      <Button
        ref={button}
        title={S.openHint}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
      >
        {S.open}
      </Button>
      {open && (
        <LazyImportDialog
          {...props}
          initialFile={dropped}
          onClose={() => {
            setOpen(false);
            setDropped(undefined);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
