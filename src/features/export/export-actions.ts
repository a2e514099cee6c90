import type { ReportDocument, TemplateDef } from '@/domain';
import type { ExportContext, ExportFormat, OfficeFormat } from './export-options';
import { copyReport } from './clipboard';
import { downloadBinary, downloadFile } from './download';
import { S } from './strings';

// What the 导出 menu's items do. The exporters (text, JSON, the printable HTML and its
// stylesheet) and the Office builders are loaded when first needed: the editor opens without.

/** The text, JSON and printable-HTML exporters and the clipboard's content. */
export const loadBuilders = () => import('./export-options');
const loadOffice = () => import('./office-export');

type Env = {
  template: TemplateDef;
  /** The document as it is now (read when an item is chosen, so edits are never stale). */
  getDocument: () => ReportDocument;
  context: ExportContext;
  /** Says how it went, in the menu's status line. */
  say: (message: string) => void;
};

/** Downloads the report as text, JSON or printable HTML. */
export async function saveFile({ template, getDocument, context, say }: Env, format: ExportFormat) {
  const doc = getDocument();
  const builders = await loadBuilders().catch(() => null);
  if (!builders) return say(S.loadFailed);
  const file = builders.buildExportFile(template, doc, format, context);
  downloadFile(file);
  say(S.downloaded(file.name));
}

/** Builds and downloads the report as a Word or Excel file. */
export async function saveOfficeFile(env: Env, format: OfficeFormat) {
  const doc = env.getDocument();
  env.say(S.building(format === 'docx' ? S.word : S.excel));
  try {
    const { buildOfficeFile } = await loadOffice();
    const file = await buildOfficeFile(env.template, doc, format, env.context);
    downloadBinary(file);
    env.say(S.downloaded(file.name));
  } catch {
    env.say(S.officeFailed);
  }
}

/** Copies the report to the clipboard: its text layout, and its tables as HTML where allowed. */
export async function copyToClipboard({ template, getDocument, say }: Env) {
  const doc = getDocument();
  try {
    const { buildClipboardContent } = await loadBuilders();
    const { text, html } = buildClipboardContent(template, doc);
    const outcome = await copyReport(text, html);
    say(outcome === 'textAndHtml' ? S.copied : S.copiedTextOnly);
  } catch {
    say(S.copyFailed);
  }
}
