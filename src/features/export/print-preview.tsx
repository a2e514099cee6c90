import { useId, useMemo, useRef, useState } from 'react';
import type { ReportDocument, TemplateDef } from '@/domain';
import {
  buildExportFile,
  buildPrintHtml,
  isDraftStatus,
  type ExportContext,
} from './export-options';
import { downloadFile } from './download';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { Button } from '@/components/ui/button';
import { S } from './strings';

type PrintPreviewProps = {
  readonly template: TemplateDef;
  readonly document: ReportDocument;
  readonly context: ExportContext;
  readonly onClose: () => void;
};

/**
 * The printable copy inside the app: the same standalone HTML as the 打印版 file, in a sandboxed
 * iframe. The sandbox allows no scripts; `allow-same-origin` lets the 打印 button call the
 * frame's print(), and `allow-modals` lets that print dialog open.
 */
export function PrintPreview({ template, document: doc, context, onClose }: PrintPreviewProps) {
  const [dialogRef, closeDialog] = useModalDialog(onClose);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  const [signatureLines, setSignatureLines] = useState(context.signatureLines ?? true);
  const ctx = useMemo(() => ({ ...context, signatureLines }), [context, signatureLines]);
  const html = useMemo(() => buildPrintHtml(template, doc, ctx), [template, doc, ctx]);
  const draft = isDraftStatus(context.status);

  return (
    <dialog ref={dialogRef} className="print-preview" aria-labelledby={titleId}>
      <div className="print-preview-bar">
        <h2 id={titleId}>{S.previewTitle}</h2>
        <label className="print-preview-option">
          <input
            type="checkbox"
            name="signatureLines"
            checked={signatureLines}
            onChange={(e) => setSignatureLines(e.target.checked)}
          />
          {S.signatureLines}
        </label>
        <Button variant="primary" onClick={() => frameRef.current?.contentWindow?.print()}>
          {S.print}
        </Button>
        <Button onClick={() => downloadFile(buildExportFile(template, doc, 'html', ctx))}>
          {S.downloadHtml}
        </Button>
        <Button onClick={closeDialog}>{S.close}</Button>
      </div>
      <p className="print-preview-note" data-draft={draft}>
        {draft ? S.draftNote : S.finalNote} {S.browserNote}
      </p>
      <iframe
        ref={frameRef}
        title={S.previewFrame}
        className="print-preview-frame"
        sandbox="allow-same-origin allow-modals"
        srcDoc={html}
      />
    </dialog>
  );
}
