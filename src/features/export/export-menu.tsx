import { useRef, useState, type ComponentProps } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { ReportDocument, TemplateDef } from '@/domain';
import type { ExportContext, ExportFormat, OfficeFormat } from './export-options';
import type { PrintPreview } from './print-preview';
import { copyReport } from './clipboard';
import { downloadBinary, downloadFile } from './download';
import { MenuButton, type MenuItem } from '@/components/ui/menu-button';
import { S } from './strings';
import './export.css';

// The exporters (text, JSON, the printable HTML and its stylesheet) and the print preview are
// loaded when the menu is first pointed at, focused or used: the editor opens without them.
const loadBuilders = () => import('./export-options');
const loadOffice = () => import('./office-export');
const printPreview = lazyComponent(() => import('./print-preview').then((m) => m.PrintPreview));

type PrintPreviewProps = ComponentProps<typeof PrintPreview>;

/** The print preview once its code is there; a status line (or why not) meanwhile. */
function LazyPrintPreview(props: PrintPreviewProps) {
  const loaded = printPreview.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} />;
  if (loaded.kind === 'failed') return <span role="alert">{S.loadFailed}</span>;
  return <span role="status">{S.loadingPreview}</span>;
}

export type ExportMenuProps = ExportContext & {
  readonly template: TemplateDef;
  /** The document as it is now (read when an item is chosen, so edits are never stale). */
  readonly getDocument: () => ReportDocument;
};

/** The 导出 menu: 文本 / JSON / 打印版 / Word / Excel files, 复制到剪贴板 and 打印预览. */
export function ExportMenu({ template, getDocument, ...context }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  async function save(format: ExportFormat): Promise<void> {
    const doc = getDocument();
    const builders = await loadBuilders().catch(() => null);
    if (!builders) return setMessage(S.loadFailed);
    const { buildExportFile } = builders;
    const file = buildExportFile(template, doc, format, context);
    downloadFile(file);
    setMessage(S.downloaded(file.name));
  }

  async function saveOffice(format: OfficeFormat): Promise<void> {
    const doc = getDocument();
    setMessage(S.building(format === 'docx' ? S.word : S.excel));
    try {
      const { buildOfficeFile } = await loadOffice();
      const file = await buildOfficeFile(template, doc, format, context);
      downloadBinary(file);
      setMessage(S.downloaded(file.name));
    } catch {
      setMessage(S.officeFailed);
    }
  }

  async function copy(): Promise<void> {
    const doc = getDocument();
    try {
      const { buildClipboardContent } = await loadBuilders();
      const { text, html } = buildClipboardContent(template, doc);
      const outcome = await copyReport(text, html);
      setMessage(outcome === 'textAndHtml' ? S.copied : S.copiedTextOnly);
    } catch {
      setMessage(S.copyFailed);
    }
  }

  const items: MenuItem[] = [
    { id: 'text', label: S.text, hint: S.textHint, onSelect: () => void save('text') },
    { id: 'json', label: S.json, hint: S.jsonHint, onSelect: () => void save('json') },
    { id: 'html', label: S.html, hint: S.htmlHint, onSelect: () => void save('html') },
    { id: 'docx', label: S.word, hint: S.wordHint, onSelect: () => void saveOffice('docx') },
    { id: 'xlsx', label: S.excel, hint: S.excelHint, onSelect: () => void saveOffice('xlsx') },
    { id: 'copy', label: S.copy, hint: S.copyHint, onSelect: () => void copy() },
    {
      id: 'preview',
      label: S.preview,
      hint: S.previewHint,
      onSelect: () => setPreview(getDocument()),
    },
  ];

  const warm = () => {
    loadBuilders().catch(() => {}); // choosing an item says why
    printPreview.preload().catch(() => {});
  };
  return (
    <div className="export-menu" onPointerEnter={warm} onFocus={warm}>
      <MenuButton label={S.menu} hint={S.menuHint} items={items} buttonRef={button} />
      <span className="export-status" role="status">
        {message}
      </span>
      {preview && (
        <LazyPrintPreview
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
