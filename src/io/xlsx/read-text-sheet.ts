import type { Worksheet } from 'exceljs';
import type { TemplateDef } from '../../domain/template/types';
import { normalizeLabel } from '../text-import/labels';
import { cellText } from './cell-text';

// The narratives from the 正文 sheet: rows of (section title, heading, text), matched to the
// template's narratives by their labels; a text too long for one cell goes on in the next rows
// with the same labels. Texts are read as stored, untrimmed, so the round trip is exact.

const keyOf = (section: string, item: string): string =>
  `${normalizeLabel(section)}|${normalizeLabel(item)}`;

/** Narrative texts by field path. */
export function readTextSheet(t: TemplateDef, ws: Worksheet): Map<string, string> {
  const paths = new Map<string, string>();
  for (const section of t.sections) {
    for (const n of section.narratives)
      paths.set(keyOf(section.title, n.heading || n.label), n.path);
  }
  const out = new Map<string, string>();
  ws.eachRow((row) => {
    const path = paths.get(keyOf(cellText(row.getCell(1)), cellText(row.getCell(2))));
    if (path) out.set(path, (out.get(path) ?? '') + cellText(row.getCell(3)));
  });
  return out;
}
