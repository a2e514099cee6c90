import { useRef, useState } from 'react';
import type { ReportDocument, TemplateDef } from '@/domain';
import {
  buildClipboardContent,
  buildExportFile,
  type ExportContext,
  type ExportFormat,
} from './export-options';
import { copyReport } from './clipboard';
import { downloadFile } from './download';
import { MenuButton, type MenuItem } from './menu-button';
import { PrintPreview } from './print-preview';
import { S } from './strings';
import './export.css';

export type ExportMenuProps = ExportContext & {
  readonly template: TemplateDef;
  /** The document as it is now (read when an item is chosen, so edits are never stale). */
  readonly getDocument: () => ReportDocument;
};

/** The 导出 menu: 文本 / JSON / 打印版 files, 复制到剪贴板 and 打印预览. */
export function ExportMenu({ template, getDocument, ...context }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  function save(format: ExportFormat): void {
    const file = buildExportFile(template, getDocument(), format, context);
    downloadFile(file);
    setMessage(S.downloaded(file.name));
  }

  async function copy(): Promise<void> {
    const { text, html } = buildClipboardContent(template, getDocument());
    try {
      const outcome = await copyReport(text, html);
      setMessage(outcome === 'textAndHtml' ? S.copied : S.copiedTextOnly);
    } catch {
      setMessage(S.copyFailed);
    }
  }

  const items: MenuItem[] = [
    { id: 'text', label: S.text, hint: S.textHint, onSelect: () => save('text') },
    { id: 'json', label: S.json, hint: S.jsonHint, onSelect: () => save('json') },
    { id: 'html', label: S.html, hint: S.htmlHint, onSelect: () => save('html') },
    { id: 'copy', label: S.copy, hint: S.copyHint, onSelect: () => void copy() },
    {
      id: 'preview',
      label: S.preview,
      hint: S.previewHint,
      onSelect: () => setPreview(getDocument()),
    },
  ];

  return (
    <div className="export-menu">
      <MenuButton label={S.menu} hint={S.menuHint} items={items} buttonRef={button} />
      <span className="export-status" role="status">
        {message}
      </span>
      {preview && (
        <PrintPreview
          template={template}
          document={preview}
          context={context}
          onClose={() => {
            setPreview(null);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
