import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sample2021 } from '../samples/sample-2021';
import type { ReportDocument } from '../report/document';
import { checkNarrativeNumbers } from './narrative-number';
import { checkFeeReported } from './fee-reported';
import { cleanReport, template, withFigures, withValues, type Figures } from './test-support';

// The real published reports of shared/samples/published must raise no narrativeNumber (and no
// feeReported): see their INDEX.md. Each document gets the file's section texts as narratives and
// the totals the INDEX and the files give; the other cells are 0.
const published = fileURLToPath(new URL('../../../../shared/samples/published/', import.meta.url));

const files: Record<string, Figures> = {
  // 一 21, 二 0, 四 0; table 4 recomputed: 行政复议 10 + 1 = 11, 复议后起诉 5.
  '2023_huaian_hongzequ_renminzhengfu.txt': f(21, 0, 0, 11, 0, 5),
  '2023_suqian_shuyangxian_fazhangaigeju.txt': f(26, 0, 0, 1, 0, 0),
  '2024_huaian_hongzequ_renminzhengfu.txt': f(95, 0, 0, 2, 1, 3),
  // 四 总计 is blank in the extraction; its parts sum to 1 (the narrative says 1).
  '2024_shanghai_shi_kexuejishu_weiyuanhui.txt': f(34, 2, 1, 1, 0, 0),
  '2025_shanghai_shizhengfu_bangongting.txt': f(1295, 189, 293, 55, 12, 22),
  '2025_suqian_shuyangxian_renminzhengfu.txt': f(713, 36, 31, 61, 3, 10),
};

function f(...n: [number, number, number, number, number, number]): Figures {
  const [received, carriedOver, carriedForward, reconsideration, direct, after] = n;
  return {
    received,
    carriedOver,
    carriedForward,
    reconsideration,
    directLitigation: direct,
    litigationAfterReconsideration: after,
  };
}

/** Test-only splitter: `## <section title>` → the text under it, without `# source`/`# note` lines. */
function sectionTexts(text: string): Map<string, string> {
  const lines = text.split(/\r?\n/).filter((line) => !/^# (source|note):/.test(line));
  const sections = new Map<string, string>();
  let current: string | null = null;
  for (const line of lines) {
    const heading = /^##\s+(.+?)\s*$/.exec(line);
    if (heading?.[1]) current = heading[1];
    else if (current) sections.set(current, `${sections.get(current) ?? ''}${line}\n`);
  }
  return sections;
}

/** A document whose narratives are the file's sections (each into its section's first narrative). */
function documentOf(file: string, figures: Figures, joinLines: boolean): ReportDocument {
  const texts = sectionTexts(readFileSync(`${published}${file}`, 'utf8'));
  let doc = withFigures(cleanReport(), figures);
  for (const section of template.sections) {
    const narrative = section.narratives[0];
    const text = texts.get(section.title);
    if (!narrative || text === undefined) continue;
    // PDF copies wrap lines mid-sentence; joining them must not create false alarms either.
    doc = withValues(doc, {
      [narrative.path]: joinLines ? text.replace(/([^\n])\n(?=[^\n])/g, '$1') : text,
    });
  }
  return doc;
}

describe('narrativeNumber on the published reports', () => {
  const entries = Object.entries(files);

  it.each(entries)('%s raises nothing', (file, figures) => {
    const doc = documentOf(file, figures, false);
    // The splitter found the narratives: 一 and 六 are not empty.
    expect(doc.overview['intro']?.length).toBeGreaterThan(50);
    expect(doc.otherMatters.length).toBeGreaterThan(5);
    expect(checkNarrativeNumbers(template, doc)).toEqual([]);
    expect(checkFeeReported(template, doc)).toEqual([]);
  });

  it.each(entries)('%s raises nothing with hard line wraps joined', (file, figures) => {
    expect(checkNarrativeNumbers(template, documentOf(file, figures, true))).toEqual([]);
  });

  it('the sample raises nothing', () => {
    expect(checkNarrativeNumbers(template, sample2021)).toEqual([]);
  });

  it('does raise when a table contradicts a published narrative (受理 21 件 vs 一 = 22)', () => {
    const file = '2023_huaian_hongzequ_renminzhengfu.txt';
    const found = checkNarrativeNumbers(
      template,
      documentOf(file, { ...f(22, 0, 0, 11, 0, 5) }, true),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('受理政府信息公开申请 21 件');
    expect(found[0]?.message).toContain('「一、本年新收」总计 22');
  });

  it('recognises the figures the INDEX lists (so the test above is not vacuous)', () => {
    const off = (figures: Figures) => ({
      received: figures.received + 1000,
      carriedOver: figures.carriedOver + 1000,
      carriedForward: figures.carriedForward + 1000,
      reconsideration: figures.reconsideration + 1000,
      directLitigation: figures.directLitigation + 1000,
      litigationAfterReconsideration: figures.litigationAfterReconsideration + 1000,
    });
    const quotes = entries.flatMap(([file, figures]) =>
      checkNarrativeNumbers(template, documentOf(file, off(figures), true)).map(
        (v) => /写“(.+?)”/.exec(v.message)?.[1],
      ),
    );
    expect(quotes).toEqual([
      '受理政府信息公开申请 21 件',
      '收到依申请信息公开26件',
      '1 件涉及政府信息公开工作的行政复议',
      '行政诉讼数为 0 件',
      '收到政府信息公开申请 34 件',
      '上年结转政府信息公开申请 2 件',
      '转下一年度办理答复的有 1 件',
      '受理政府信息公开申请 1295 件',
      '上年结转 189 件',
      '受理政府信息公开申请 749 件',
      '结转下一年 31 件',
    ]);
  });
});
