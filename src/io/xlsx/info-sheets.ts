import type { Workbook, Worksheet } from 'exceljs';
import type { TemplateDef } from '../../domain/template/types';
import { getNarrative, reportTitle, type ReportDocument } from '../../domain/report/document';
import type { Violation } from '../../domain/rules/types';
import { fieldName, RULE_LABELS } from '../../domain/workflow/anchor-labels';
import { BODY_FONT, styleHeaderRow } from './sheet-format';
import {
  INFO_HEADER,
  INFO_LABELS,
  INFO_NOTE,
  INFO_NOTE_LABEL,
  INFO_SHEET,
  NO_PROBLEMS,
  PROBLEMS_HEADER,
  PROBLEMS_SHEET,
  SEVERITY_NAMES,
  TEXT_HEADER,
  TEXT_SHEET,
} from './strings';

// The sheets around the tables: 基本信息 (who and which year, so an import knows), 正文 (the
// narratives, so the workbook holds the whole report) and 问题 (the report's problems).

/** Excel keeps at most 32,767 characters in a cell: longer narratives go on in the rows below. */
export const MAX_CELL_CHARS = 32_000;

/** A text cut into pieces that fit a cell, never between the halves of a surrogate pair. */
export function cellChunks(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_CELL_CHARS) {
    const code = rest.charCodeAt(MAX_CELL_CHARS - 1);
    const cut = code >= 0xd800 && code <= 0xdbff ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

function setBody(ws: Worksheet, fromRow: number): void {
  ws.eachRow((row, n) => {
    if (n < fromRow) return;
    row.eachCell((cell) => {
      cell.font = BODY_FONT;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

/** 基本信息: agency, year, title and 成文日期, one per row. */
export function addInfoSheet(wb: Workbook, doc: ReportDocument): void {
  const ws = wb.addWorksheet(INFO_SHEET);
  ws.addRow([...INFO_HEADER]);
  ws.addRow([INFO_LABELS.agency, doc.meta.agency]);
  ws.addRow([INFO_LABELS.year, doc.meta.year]);
  ws.addRow([INFO_LABELS.title, reportTitle(doc)]);
  ws.addRow([INFO_LABELS.publishedOn, doc.meta.publishedOn ?? '']);
  ws.addRow([INFO_NOTE_LABEL, INFO_NOTE]);
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 80;
  setBody(ws, 2);
  styleHeaderRow(ws, INFO_HEADER.length);
}

/** 正文: one row per narrative (section title, heading, text), in print order. */
export function addTextSheet(wb: Workbook, t: TemplateDef, doc: ReportDocument): void {
  const ws = wb.addWorksheet(TEXT_SHEET);
  ws.addRow([...TEXT_HEADER]);
  for (const section of t.sections) {
    for (const n of section.narratives) {
      for (const chunk of cellChunks(getNarrative(doc, n.path))) {
        ws.addRow([section.title, n.heading || n.label, chunk]);
      }
    }
  }
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 100;
  setBody(ws, 2);
  styleHeaderRow(ws, TEXT_HEADER.length);
}

/** 问题: each problem with its rule, severity, the cells by name and the message. */
export function addProblemsSheet(
  wb: Workbook,
  t: TemplateDef,
  problems: readonly Violation[],
): void {
  const ws = wb.addWorksheet(PROBLEMS_SHEET);
  ws.addRow([...PROBLEMS_HEADER]);
  problems.forEach((v, i) =>
    ws.addRow([
      i + 1,
      RULE_LABELS[v.rule],
      SEVERITY_NAMES[v.severity],
      v.fields.map((f) => fieldName(t, f)).join('、'),
      v.message,
    ]),
  );
  if (problems.length === 0) ws.addRow(['', '', '', '', NO_PROBLEMS]);
  [6, 16, 10, 48, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  setBody(ws, 2);
  styleHeaderRow(ws, PROBLEMS_HEADER.length);
}
