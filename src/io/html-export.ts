// The printable HTML export: one standalone document, no script, the GB/T 9704 stylesheet inlined.
// It is what the print preview shows (iframe srcdoc) and what gets printed, signed and sealed.
import {
  computeTotals,
  getNarrative,
  layoutTables,
  reportTitle,
  type NarrativeDef,
  type ReportDocument,
  type SectionDef,
  type TemplateDef,
  type Totals,
} from '../domain';
import {
  formatChineseDate,
  formatSignatureDate,
  signatureLayout,
} from '../domain/layout/signature-layout';
import { escapeHtml } from './escape-html';
import { renderTable } from './html-table';
import { titleLines } from '../domain/layout/title-layout';
import { PRINT_CSS } from './print-css';

/** Options of the HTML export. */
export type HtmlExportOptions = {
  /** Print a 「草稿」 mark on every page. */
  readonly draft?: boolean;
  /** Print 填报人 / 审核人 / 分管负责人 lines under the 落款 (default true). */
  readonly signatureLines?: boolean;
  /** A recorded approval, printed in the signature block. `date` is `YYYY-MM-DD` or free text. */
  readonly approval?: { readonly reviewer: string; readonly date: string };
};

// Wording of the sign-off block (not part of the national template).
const TEXT = {
  draft: '草稿',
  reviewer: '审核人：',
  reviewDate: '审核日期：',
  signLines: ['填报人：', '审核人：', '分管负责人：'],
} as const;

/** Splits a narrative into paragraphs on blank lines; a single line break stays a `<br>`. */
function renderParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(
      (p) =>
        `<p>${p
          .split(/\s*\n\s*/)
          .map(escapeHtml)
          .join('<br>')}</p>`,
    );
}

function renderNarrative(n: NarrativeDef, doc: ReportDocument): string[] {
  const heading = n.heading ? [`<h3>${escapeHtml(n.heading)}</h3>`] : [];
  return [...heading, ...renderParagraphs(getNarrative(doc, n.path))];
}

type Tables = ReturnType<typeof layoutTables>;

function renderSection(s: SectionDef, doc: ReportDocument, tables: Tables, totals: Totals): string {
  const content =
    s.content === 'narratives'
      ? s.narratives.flatMap((n) => renderNarrative(n, doc))
      : [renderTable(tables[s.content], doc, totals)];
  return [`<section data-section="${escapeHtml(s.key)}">`, `<h2>${escapeHtml(s.title)}</h2>`]
    .concat(content, '</section>')
    .join('\n');
}

function renderSignLines(): string {
  const slot = (label: string) => `<span>${escapeHtml(label)}<span class="blank"></span></span>`;
  return `<div class="sign-lines">${TEXT.signLines.map(slot).join('')}</div>`;
}

function renderApproval(approval: NonNullable<HtmlExportOptions['approval']>): string {
  const date = formatChineseDate(approval.date) ?? approval.date;
  return (
    `<div class="approval">${TEXT.reviewer}${escapeHtml(approval.reviewer)}` +
    `\u3000${TEXT.reviewDate}${escapeHtml(date)}</div>`
  );
}

/** 落款 (7.3.5.1): 署名 centred over 成文日期 when it fits, else right-aligned (trap 4). */
function renderSignature(doc: ReportDocument, options: HtmlExportOptions): string {
  const date = formatSignatureDate(doc.meta.publishedOn);
  const rows = [
    `<div class="org">${escapeHtml(doc.meta.agency)}</div>`,
    `<div class="date">${escapeHtml(date)}</div>`,
  ];
  if (options.approval) rows.push(renderApproval(options.approval));
  if (options.signatureLines ?? true) rows.push(renderSignLines());
  const layout = signatureLayout(doc.meta.agency, date);
  return [`<div class="signature ${layout}">`, ...rows, '</div>'].join('\n');
}

/** The title as `<h1>`, one `<br>` between lines. */
function renderTitle(title: string): string {
  return `<h1>${titleLines(title).map(escapeHtml).join('<br>')}</h1>`;
}

/** The report as one standalone, script-free HTML document laid out for print (GB/T 9704-2012). */
export function exportHtml(
  t: TemplateDef,
  doc: ReportDocument,
  options: HtmlExportOptions = {},
): string {
  const title = reportTitle(doc);
  const tables = layoutTables(t);
  const totals = computeTotals(t, doc);
  const body = [
    options.draft ? `<div class="draft-mark">${TEXT.draft}</div>` : '',
    renderTitle(title),
    ...t.sections.map((s) => renderSection(s, doc, tables, totals)),
    renderSignature(doc, options),
  ].filter((part) => part !== '');
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title.replace(/\s*\n\s*/g, ''))}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
