import { defaultTitle, type ReportMeta } from '../../domain/report/document';
import { ISO_DATE } from '../../domain/schema/meta-text';
import type { ImportIssue } from '../import-result';
import { normalizeLabel } from '../text-import/labels';
import { readTitle } from '../text-import/meta';
import { toLines } from '../text-import/lines';
import { flatText, type Grid } from './sheet-grid';
import { AGENCY_UNREAD, INFO_LABELS, YEAR_UNREAD } from './strings';

// Agency, year, title and 成文日期: from our 基本信息 sheet when there is one, otherwise from what
// a 主管部门's template prints around its tables (「填报单位：…」, a title with the year).

/** The meta fields read, and what could not be read. */
export type MetaRead = { readonly meta: ReportMeta; readonly issues: ImportIssue[] };

const YEAR = /((?:19|20)\d{2})/;

function unread(field: string, message: string): ImportIssue {
  return { rule: 'unreadable', fields: [field], message };
}

/** Values of the 基本信息 sheet by their label in column A. */
function infoValues(grid: Grid): Map<string, string> {
  const out = new Map<string, string>();
  for (const cells of grid.rows) {
    const label = normalizeLabel(cells[0] ?? '');
    if (label !== '' && !out.has(label)) out.set(label, cells[1] ?? '');
  }
  return out;
}

/** Meta from the 基本信息 sheet of our export. */
export function readInfoSheet(grid: Grid): MetaRead {
  const values = infoValues(grid);
  const get = (label: string) => (values.get(normalizeLabel(label)) ?? '').trim();
  const issues: ImportIssue[] = [];
  const agency = get(INFO_LABELS.agency);
  if (agency === '') issues.push(unread('meta.agency', AGENCY_UNREAD));
  const yearText = YEAR.exec(get(INFO_LABELS.year))?.[1];
  const year = yearText !== undefined ? Number(yearText) : 0;
  if (year === 0) issues.push(unread('meta.year', YEAR_UNREAD));
  const title = get(INFO_LABELS.title);
  const date = get(INFO_LABELS.publishedOn);
  if (date !== '' && !ISO_DATE.test(date)) {
    issues.push(
      unread(
        'meta.publishedOn',
        `成文日期“${date}”无法读取（应为 2022-01-20 这样的日期），已留空。`,
      ),
    );
  }
  const meta: ReportMeta = {
    agency,
    year,
    title: title === '' || title === defaultTitle(agency, year) ? null : title,
    publishedOn: ISO_DATE.test(date) ? date : null,
  };
  return { meta, issues };
}

const AGENCY_LABEL = /^(填报单位|报送单位|填报机关|单位名称|机关名称)[:：]?(.*)$/;
const YEAR_LABEL = /^(报告年度|统计年度|年度)[:：]?(.*)$/;
const TITLE = /(?:19|20)\d{2}年.*(报告|统计)/;

/** 「填报单位：XX局」 or 「填报单位 | XX局」: the text after the label or in the next cell. */
function labelled(grids: readonly Grid[], re: RegExp): string {
  for (const grid of grids) {
    for (const cells of grid.rows) {
      for (const [i, cell] of cells.entries()) {
        const m = re.exec(flatText(cell).replace(/\s+/g, ''));
        if (!m) continue;
        const after = (m[2] ?? '') || (cells.slice(i + 1).find((c) => c.trim() !== '') ?? '');
        if (after.trim() !== '') return flatText(after).split(/\s{2,}/)[0] ?? '';
      }
    }
  }
  return '';
}

function titled(grids: readonly Grid[]): ReportMeta | null {
  for (const grid of grids) {
    for (const cells of grid.rows) {
      const cell = cells.find((c) => TITLE.test(flatText(c).replace(/\s+/g, '')));
      if (cell) return readTitle(toLines(flatText(cell)), '').meta;
    }
  }
  return null;
}

/** Meta from the cells of a workbook that is not our export (sheets in the order to search). */
export function readSheetMeta(grids: readonly Grid[]): MetaRead {
  const title = titled(grids);
  const agency = labelled(grids, AGENCY_LABEL) || title?.agency || '';
  const yearText = YEAR.exec(labelled(grids, YEAR_LABEL))?.[1];
  const year = yearText !== undefined ? Number(yearText) : (title?.year ?? 0);
  const issues: ImportIssue[] = [];
  if (agency === '') issues.push(unread('meta.agency', AGENCY_UNREAD));
  if (year === 0) issues.push(unread('meta.year', YEAR_UNREAD));
  return { meta: { agency, year, title: null, publishedOn: null }, issues };
}
