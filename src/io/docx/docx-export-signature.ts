// The 落款 of the Word copy (GB/T 9704-2012 7.3.5.1): 成文日期 right-indented 4字, 署名 centred
// over it when it fits (else right-aligned, signature-layout.ts), room above for the seal, then the
// recorded approval and the 填报人/审核人/分管负责人 lines. Every paragraph keeps with the next, and
// the body's last paragraph with the 署名, so the block never leaves the body's page (7.3.5.5).
import { AlignmentType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import {
  DATE_RIGHT_INDENT_ZI,
  TEXT_WIDTH_ZI,
  formatChineseDate,
  formatSignatureDate,
  measureZi,
  signatureLayout,
  type ReportDocument,
} from '../../domain';
import { STYLE, exactSpacing } from './docx-export-styles';

// Wording of the sign-off block, as in the HTML copy (not part of the national template).
const TEXT = {
  reviewer: '审核人：',
  reviewDate: '审核日期：',
  signLines: ['填报人：', '审核人：', '分管负责人：'],
} as const;

/** What the 落款 shows besides 署名 and 成文日期 (as the HTML export's options). */
export type SignatureOptions = {
  readonly signatureLines?: boolean;
  readonly approval?: { readonly reviewer: string; readonly date: string };
};

const IDEOGRAPHIC_SPACE = '\u3000';

/** The 署名's right indent in 字: centred over the date, or 0 when pushed right (trap 4). */
function orgRightIndentZi(org: string, date: string): number {
  if (signatureLayout(org, date) === 'right-aligned') return 0;
  return DATE_RIGHT_INDENT_ZI + (measureZi(date) - measureZi(org)) / 2;
}

/**
 * 填报人 / 审核人 / 分管负责人 in three equal slots across the line, each label followed by a rule
 * to write on: an underlined tab to a stop 1字 before the next slot (the last one to the edge).
 */
function signLines(zi: number, line: number): Paragraph {
  const labels: readonly string[] = TEXT.signLines;
  const slot = (TEXT_WIDTH_ZI * zi) / labels.length;
  const stops = labels.map((_, i) => Math.round((i + 1) * slot - (i < labels.length - 1 ? zi : 0)));
  const runs = labels.flatMap((label, i) => [
    new TextRun(i === 0 ? label : IDEOGRAPHIC_SPACE + label),
    new TextRun({ children: [new Tab()], underline: {} }),
  ]);
  return new Paragraph({
    style: STYLE.signature,
    alignment: AlignmentType.LEFT,
    spacing: exactSpacing(line, line),
    tabStops: stops.map((position) => ({ type: TabStopType.LEFT, position })),
    children: runs,
  });
}

function approvalLine(
  approval: NonNullable<SignatureOptions['approval']>,
  line: number,
): Paragraph {
  const date = formatChineseDate(approval.date) ?? approval.date;
  return new Paragraph({
    style: STYLE.signature,
    alignment: AlignmentType.LEFT,
    spacing: exactSpacing(line, line),
    text: `${TEXT.reviewer}${approval.reviewer}${IDEOGRAPHIC_SPACE}${TEXT.reviewDate}${date}`,
  });
}

/** The 落款 paragraphs; `zi` and `line` are the page grid's 字 and 行 in twips. */
export function signatureBlock(
  doc: ReportDocument,
  options: SignatureOptions,
  zi: number,
  line: number,
): Paragraph[] {
  const org = doc.meta.agency;
  const date = formatSignatureDate(doc.meta.publishedOn);
  const blocks = [
    new Paragraph({
      style: STYLE.signature,
      // Two lines of room for the seal, its top within one line of the body (7.3.5.1).
      spacing: exactSpacing(line, 2 * line),
      indent: { right: Math.round(orgRightIndentZi(org, date) * zi) },
      text: org,
    }),
    new Paragraph({
      style: STYLE.signature,
      indent: { right: DATE_RIGHT_INDENT_ZI * zi },
      text: date,
    }),
  ];
  if (options.approval) blocks.push(approvalLine(options.approval, line));
  if (options.signatureLines ?? true) blocks.push(signLines(zi, line));
  return blocks;
}
