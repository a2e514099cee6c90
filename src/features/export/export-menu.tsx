import { useRef, useState, type ComponentProps } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { ReportDocument, TemplateDef } from '@/domain';
import type { ExportContext } from './export-options';
import type { PrintPreview } from './print-preview';
import { copyToClipboard, loadBuilders, saveFile, saveOfficeFile } from './export-actions';
import { MenuButton, type MenuItem } from '@/components/ui/menu-button';
import { S } from './strings';
import './export.css';

// The exporters (export-actions.ts) and the print preview are loaded when the menu is first
// pointed at, focused or used: the editor opens without them.
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

type ActionEnv = Parameters<typeof saveFile>[0];

/** One menu item. */
const item = (id: string, label: string, hint: string, onSelect: () => void): MenuItem => ({
  id,
  label,
  hint,
  onSelect,
});

/** The menu's items, in menu order; 打印预览 calls `showPreview`. */
function exportItems(env: ActionEnv, showPreview: () => void): MenuItem[] {
  return [
    item('text', S.text, S.textHint, () => void saveFile(env, 'text')),
    item('json', S.json, S.jsonHint, () => void saveFile(env, 'json')),
    item('html', S.html, S.htmlHint, () => void saveFile(env, 'html')),
    item('docx', S.word, S.wordHint, () => void saveOfficeFile(env, 'docx')),
    item('xlsx', S.excel, S.excelHint, () => void saveOfficeFile(env, 'xlsx')),
    item('copy', S.copy, S.copyHint, () => void copyToClipboard(env)),
    item('preview', S.preview, S.previewHint, showPreview),
  ];
}

/** Starts loading the exporters and the preview, so choosing an item rarely waits. */
function warm(): void {
  loadBuilders().catch(() => {}); // choosing an item says why
  printPreview.preload().catch(() => {});
}

/** The 导出 menu: 文本 / JSON / 打印版 / Word / Excel files, 复制到剪贴板 and 打印预览. */
export function ExportMenu({ template, getDocument, ...context }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<ReportDocument | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const env = { template, getDocument, context, say: setMessage };
  const items = exportItems(env, () => setPreview(getDocument()));
  return (
    <div className="export-menu" onPointerEnter={warm} onFocus={warm}>
      <MenuButton label={S.menu} hint={S.menuHint} items={items} buttonRef={buttonRef} />
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
            buttonRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
