import { checkReport, type Consolidation, type ReportDocument, type TemplateDef } from '@/domain';
import type { ReportStatus } from '@/domain/drafts';
import { exportHtml, type HtmlExportOptions } from '@/io/html-export';
import { exportJson } from '@/io/json-export';
import { exportText } from '@/io/text-export';
import { APP_VERSION } from './app-version';
import { S } from './strings';

// The contents of every export, built from a document and its workflow status (pure, no DOM):
// the files of the 导出 menu and the two clipboard flavours.

/** The text file formats of the 导出 menu. */
export type ExportFormat = 'text' | 'json' | 'html';

/** The office formats of the 导出 menu (built by office-export.ts, loaded on use). */
export type OfficeFormat = 'docx' | 'xlsx';

/** What an export needs besides the document. */
export type ExportContext = {
  /** Workflow status (default 草稿): anything but 已定稿 prints with the 草稿 mark. */
  readonly status?: ReportStatus;
  /** Review comments, written into the JSON file. */
  readonly comments?: unknown;
  /** Last year's report, for the carryOver / inForceRollForward checks written into the JSON. */
  readonly previous?: ReportDocument;
  /** 填报人 / 审核人 / 分管负责人 lines in the printable copy (default on). */
  readonly signatureLines?: boolean;
  /** A recorded approval, printed in the signature block. */
  readonly approval?: HtmlExportOptions['approval'];
  /** A 汇总's sources and contributions, written into the JSON file (so it reads back whole). */
  readonly consolidation?: Consolidation;
};

/** A file ready to be downloaded. */
export type ExportFile = { readonly name: string; readonly mime: string; readonly content: string };

const EXTENSIONS: Readonly<Record<ExportFormat | OfficeFormat, string>> = {
  text: 'txt',
  json: 'json',
  html: 'html',
  docx: 'docx',
  xlsx: 'xlsx',
};

const MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  text: 'text/plain;charset=utf-8',
  json: 'application/json;charset=utf-8',
  html: 'text/html;charset=utf-8',
};

/** True unless the report is final: a draft prints with a 草稿 mark on every page. */
export function isDraftStatus(status: ReportStatus = 'draft'): boolean {
  return status !== 'approved';
}

// Characters Windows and macOS refuse in file names, control characters, and runs of space.
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The agency as a file-name part: unsafe characters dropped, at most 60 characters. */
function fileNamePart(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, '').slice(0, 60);
}

/** `平湖市科技局-2021-政府信息公开工作年度报告.txt` (the agency and year of the document). */
export function buildFileName(doc: ReportDocument, format: ExportFormat | OfficeFormat): string {
  const agency = fileNamePart(doc.meta.agency) || S.unnamedAgency;
  const year = Number.isInteger(doc.meta.year) && doc.meta.year > 0 ? [String(doc.meta.year)] : [];
  return `${[agency, ...year, S.fileTail].join('-')}.${EXTENSIONS[format]}`;
}

/** The report's problems at its workflow stage, as written into the JSON and Excel files. */
export function checkForExport(t: TemplateDef, doc: ReportDocument, ctx: ExportContext) {
  const status = ctx.status ?? 'draft';
  // Once submitted, blank cells are errors (report-format.md, `required`): check at that stage.
  const stage = status === 'draft' || status === 'returned' ? 'draft' : 'submit';
  return checkReport(t, doc, { previous: ctx.previous, stage });
}

/** The JSON file: the document plus status, comments, computed totals, checks and app version. */
export function buildJsonContent(t: TemplateDef, doc: ReportDocument, ctx: ExportContext): string {
  const status = ctx.status ?? 'draft';
  const checks = checkForExport(t, doc, ctx);
  return exportJson(t, doc, {
    status,
    comments: ctx.comments,
    checks,
    appVersion: APP_VERSION,
    ...(ctx.consolidation ? { consolidation: ctx.consolidation } : {}),
  });
}

/** The print options of a context: 草稿 mark unless final, signature lines on by default. */
export function printOptions(ctx: ExportContext): HtmlExportOptions {
  return {
    draft: isDraftStatus(ctx.status),
    signatureLines: ctx.signatureLines ?? true,
    approval: ctx.approval,
  };
}

/** The printable copy: standalone HTML, 草稿 mark unless final, signature lines on by default. */
export function buildPrintHtml(t: TemplateDef, doc: ReportDocument, ctx: ExportContext): string {
  return exportHtml(t, doc, printOptions(ctx));
}

function buildContent(
  t: TemplateDef,
  doc: ReportDocument,
  format: ExportFormat,
  ctx: ExportContext,
): string {
  switch (format) {
    case 'text':
      return exportText(t, doc);
    case 'json':
      return buildJsonContent(t, doc, ctx);
    case 'html':
      return buildPrintHtml(t, doc, ctx);
  }
}

/** One file of the 导出 menu: its name, MIME type and content. */
export function buildExportFile(
  t: TemplateDef,
  doc: ReportDocument,
  format: ExportFormat,
  ctx: ExportContext = {},
): ExportFile {
  return {
    name: buildFileName(doc, format),
    mime: MIME_TYPES[format],
    content: buildContent(t, doc, format, ctx),
  };
}

// Word and web editors drop CSS classes, so the clipboard tables carry their borders inline.
const TABLE_ATTRS =
  '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"';

/**
 * The clipboard's text/html: the body of the printable copy without its page stylesheet, without
 * the 草稿 mark and without signature lines (it is the website copy), the title on one line,
 * tables bordered inline. All
 * report text is escaped by exportHtml, so `<body>` and `</body>` occur only as the page's own tags.
 */
export function buildClipboardHtml(t: TemplateDef, doc: ReportDocument): string {
  const page = exportHtml(t, doc, { draft: false, signatureLines: false });
  const start = page.indexOf('<body>') + '<body>'.length;
  const body = page.slice(start, page.lastIndexOf('</body>')).trim();
  // The title's print line breaks (GB/T 9704 7.3.1) mean nothing on a web page: one line there.
  const oneLineTitle = body.replace(/<h1>[\s\S]*?<\/h1>/, (h1) => h1.replace(/<br>/g, ''));
  return oneLineTitle.replace(/<table\b/g, TABLE_ATTRS);
}

/** Both clipboard flavours: the text layout of the sample, and HTML with real tables. */
export function buildClipboardContent(
  t: TemplateDef,
  doc: ReportDocument,
): { readonly text: string; readonly html: string } {
  return { text: exportText(t, doc), html: buildClipboardHtml(t, doc) };
}
