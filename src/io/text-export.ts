import type { SectionDef, TemplateDef } from '../domain/template/types';
import { listTable3Rows, type FlatTable3Row } from '../domain/template/cells';
import { getCell, getNarrative, reportTitle, type ReportDocument } from '../domain/report/document';
import { formatCellValue } from '../domain/values/normalize';
import { computeTotals, type Totals } from '../domain/compute/totals';

// The plain-text layout of samples/2021_pinghu_kejiju.txt: `#` title, `##` section headings,
// `###` narrative sub-headings (so the importer can trust them), tables as tab-separated lines.
// Every label comes from the template; `importText` reads this back to the same document.

const cellText = (doc: ReportDocument, path: string): string => formatCellValue(getCell(doc, path));
const totalText = (totals: Totals, path: string): string => String(totals[path] ?? 0);
const pad = (cells: string[], width: number): string[] =>
  cells.concat(Array<string>(Math.max(0, width - cells.length)).fill(''));
const row = (cells: readonly string[]): string => cells.join('\t');

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .flatMap((p) => [p, '']);
}

function narrativeLines(section: SectionDef, doc: ReportDocument): string[] {
  return section.narratives.flatMap((n) => {
    const head = n.heading === '' ? [] : [`### ${n.heading}`, ''];
    return [...head, ...paragraphs(getNarrative(doc, n.path))];
  });
}

function table2Lines(t: TemplateDef, doc: ReportDocument): string[] {
  const width = 1 + Math.max(...t.table2.blocks.map((b) => b.columns.length));
  return t.table2.blocks.flatMap((block) => [
    row(pad([block.caption], width)),
    row(pad([t.table2.itemHeader, ...block.columns.map((c) => c.label)], width)),
    ...block.rows.map((r) => {
      const values = block.columns.map((c) =>
        cellText(doc, c.key === null ? `proactive.${r.key}` : `proactive.${r.key}.${c.key}`),
      );
      return row(pad([r.label, ...values], width));
    }),
  ]);
}

function table3Header(t: TemplateDef): string[] {
  const { columns, total, note, applicantHeader } = t.table3;
  const blank = Array<string>(t.table3.labelLevels - 1).fill('');
  // 法人或其他组织 spans its five columns: printed over the first, blank over the rest.
  const groupRow = columns.map((c, i) =>
    !c.group ? c.label : columns[i - 1]?.group === c.group ? '' : c.group,
  );
  const leafRow = columns.map((c) => (c.group ? c.label : ''));
  return [
    row([note, ...blank, applicantHeader, ...columns.slice(1).map(() => ''), total.label]),
    row(['', ...blank, ...groupRow, '']),
    row(['', ...blank, ...leafRow, '']),
  ];
}

/** The label cells of a row: a group's label only on the group's first row (the rest is spanned). */
function table3Labels(t: TemplateDef, r: FlatTable3Row, prev: FlatTable3Row | undefined): string[] {
  const labels = Array<string>(t.table3.labelLevels).fill('');
  r.groups.forEach((g, level) => {
    if (prev?.groups[level] !== g) labels[level] = g;
  });
  labels[r.groups.length] = r.label;
  return labels;
}

function table3Lines(t: TemplateDef, doc: ReportDocument, totals: Totals): string[] {
  const rows = listTable3Rows(t);
  const body = rows.map((r, i) => {
    const values = t.table3.columns.map((c) => {
      const path = `requests.${r.key}.${c.key}`;
      return r.type === 'computed' ? totalText(totals, path) : cellText(doc, path);
    });
    const total = totalText(totals, `requests.${r.key}.${t.table3.total.key}`);
    return row([...table3Labels(t, r, rows[i - 1]), ...values, total]);
  });
  return [...table3Header(t), ...body];
}

function table4Lines(t: TemplateDef, doc: ReportDocument, totals: Totals): string[] {
  const { groups, outcomes, total } = t.table4;
  const heads = [...outcomes.map((o) => o.label), total.label];
  const five = (first: string): string[] => pad([first], heads.length);
  const top = groups.flatMap((g, i) =>
    five(g.parent ? (groups[i - 1]?.parent === g.parent ? '' : g.parent) : g.label),
  );
  const middle = groups.flatMap((g) => (g.parent ? five(g.label) : heads));
  const bottom = groups.flatMap((g) => (g.parent ? heads : five('')));
  const values = groups.flatMap((g) => [
    ...outcomes.map((o) => cellText(doc, `appeals.${g.key}.${o.key}`)),
    totalText(totals, `appeals.${g.key}.${total.key}`),
  ]);
  return [row(top), row(middle), row(bottom), row(values)];
}

function sectionLines(
  t: TemplateDef,
  s: SectionDef,
  doc: ReportDocument,
  totals: Totals,
): string[] {
  switch (s.content) {
    case 'narratives':
      return narrativeLines(s, doc);
    case 'table2':
      return [...table2Lines(t, doc), ''];
    case 'table3':
      return [...table3Lines(t, doc, totals), ''];
    case 'table4':
      return [...table4Lines(t, doc, totals), ''];
  }
}

/** 成文日期 `2022-01-20` printed as `2022年1月20日`. */
function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The report as plain text in the layout of the 2021 sample (see docs/report-format.md). */
export function exportText(t: TemplateDef, doc: ReportDocument): string {
  const totals = computeTotals(t, doc);
  const out = [`# ${reportTitle(doc)}`, ''];
  for (const s of t.sections) out.push(`## ${s.title}`, '', ...sectionLines(t, s, doc, totals));
  // Signature: 署名 (the agency) and, once known, the 成文日期.
  out.push('');
  if (doc.meta.agency.trim() !== '') out.push(doc.meta.agency);
  if (doc.meta.publishedOn) out.push(printedDate(doc.meta.publishedOn));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
