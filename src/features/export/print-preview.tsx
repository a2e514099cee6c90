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

/** The 签名栏 option (on unless the context says otherwise) and the printable HTML with it. */
function usePrintHtml(template: TemplateDef, doc: ReportDocument, context: ExportContext) {
  const [signatureLines, setSignatureLines] = useState(context.signatureLines ?? true);
  const ctx = useMemo(() => ({ ...context, signatureLines }), [context, signatureLines]);
  const html = useMemo(() => buildPrintHtml(template, doc, ctx), [template, doc, ctx]);
  return { signatureLines, setSignatureLines, ctx, html };
}

/** The 签名栏 checkbox of the preview's bar (a plain render helper). */
function signatureOption(checked: boolean, onChange: (checked: boolean) => void) {
  return (
    <label className="print-preview-option">
      <input
        type="checkbox"
        name="signatureLines"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {S.signatureLines}
    </label>
  );
}

/**
 * The printable copy inside the app: the same standalone HTML as the 打印版 file, in a sandboxed
 * iframe. The sandbox allows no scripts; `allow-same-origin` lets the 打印 button call the
 * frame's print(), and `allow-modals` lets that print dialog open.
 */
export function PrintPreview({ template, document: doc, context, onClose }: PrintPreviewProps) {
  const [dialogRef, closeDialog] = useModalDialog(onClose);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const titleId = useId();
  const { signatureLines, setSignatureLines, ctx, html } = usePrintHtml(template, doc, context);
  const draft = isDraftStatus(context.status);

  return (
    <dialog ref={dialogRef} className="print-preview" aria-labelledby={titleId}>
      <div className="print-preview-bar">
        <h2 id={titleId}>{S.previewTitle}</h2>
        {signatureOption(signatureLines, setSignatureLines)}
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
