import { describe, expect, it } from 'vitest';
import { consolidate, gov2021, sample2021, setAtPath, type ReportDocument } from '@/domain';
import { exportText } from '@/io/text-export';
import { exportHtml } from '@/io/html-export';
import { importReport } from '@/io/import-report';
import { version } from '../../../package.json';
import {
  buildClipboardContent,
  buildClipboardHtml,
  buildExportFile,
  buildFileName,
  buildJsonContent,
  isDraftStatus,
} from './export-options';

const withAgency = (agency: string, year = 2021): ReportDocument => ({
  ...sample2021,
  meta: { ...sample2021.meta, agency, year },
});

describe('buildFileName', () => {
  it.each([
    ['平湖市科技局', 2021, 'text', '平湖市科技局-2021-政府信息公开工作年度报告.txt'],
    ['平湖市科技局', 2021, 'json', '平湖市科技局-2021-政府信息公开工作年度报告.json'],
    ['平湖市科技局', 2021, 'html', '平湖市科技局-2021-政府信息公开工作年度报告.html'],
    ['上海市/科委: "试点"', 2024, 'text', '上海市科委试点-2024-政府信息公开工作年度报告.txt'],
    [
      ' 淮安市 洪泽区\t人民政府\n',
      2023,
      'text',
      '淮安市洪泽区人民政府-2023-政府信息公开工作年度报告.txt',
    ],
    ['', 2022, 'json', '未填机关-2022-政府信息公开工作年度报告.json'],
    ['某局', 0, 'html', '某局-政府信息公开工作年度报告.html'],
  ] as const)('%s %s .%s → %s', (agency, year, format, name) => {
    expect(buildFileName(withAgency(agency, year), format)).toBe(name);
  });

  it('keeps long names within file-name limits', () => {
    const name = buildFileName(withAgency('局'.repeat(200)), 'text');
    expect(name.length).toBeLessThanOrEqual(60 + '-2021-政府信息公开工作年度报告.txt'.length);
  });
});

describe('isDraftStatus', () => {
  it('prints 草稿 on everything but a final report', () => {
    expect(isDraftStatus()).toBe(true);
    expect(isDraftStatus('draft')).toBe(true);
    expect(isDraftStatus('submitted')).toBe(true);
    expect(isDraftStatus('returned')).toBe(true);
    expect(isDraftStatus('approved')).toBe(false);
  });
});

describe('buildExportFile', () => {
  it('text: the layout of the sample, as text/plain', () => {
    const file = buildExportFile(gov2021, sample2021, 'text');
    expect(file.mime).toBe('text/plain;charset=utf-8');
    expect(file.content).toBe(exportText(gov2021, sample2021));
  });

  it('json: the document plus status, comments, totals, checks and app version', () => {
    const doc = setAtPath(sample2021, 'requests.newReceived.natural', 9);
    const comments = [{ id: 'c1', text: '请核对' }];
    const file = buildExportFile(gov2021, doc, 'json', { status: 'submitted', comments });
    const json = JSON.parse(file.content) as Record<string, unknown>;
    expect(file.mime).toBe('application/json;charset=utf-8');
    expect(json.kind).toBe('gov-info-disclosure-annual-report');
    expect(json.status).toBe('submitted');
    expect(json.comments).toEqual(comments);
    expect(json.appVersion).toBe(version);
    expect(json.computedTotals).toMatchObject({ 'requests.newReceived.total': 9 });
    expect(json.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'balance', severity: 'error' })]),
    );
    const back = importReport(gov2021, file.content);
    expect(back.ok && back.document).toEqual(doc);
  });

  it('json: a draft defaults to status draft and is checked at the draft stage', () => {
    const blank = setAtPath(sample2021, 'proactive.licensing', null);
    const json = JSON.parse(buildExportFile(gov2021, blank, 'json').content) as {
      status: string;
      checks: { rule: string; severity: string }[];
    };
    expect(json.status).toBe('draft');
    expect(json.checks.find((c) => c.rule === 'required')?.severity).toBe('warning');
  });

  it('html: 草稿 unless final, signature lines unless turned off', () => {
    const draft = buildExportFile(gov2021, sample2021, 'html').content;
    expect(draft).toBe(exportHtml(gov2021, sample2021, { draft: true, signatureLines: true }));
    expect(draft).toContain('class="draft-mark"');
    expect(draft).toContain('填报人：');
    const final = buildExportFile(gov2021, sample2021, 'html', {
      status: 'approved',
      signatureLines: false,
    }).content;
    expect(final).not.toContain('class="draft-mark"');
    expect(final).not.toContain('填报人：');
    expect(final).not.toMatch(/<script/i);
  });
});

describe('clipboard', () => {
  const hostile = setAtPath(
    sample2021,
    'overview.proactive',
    '<img src=x onerror=alert(1)> <script>x</script>',
  );

  it('is the text export plus an HTML fragment with bordered tables', () => {
    const { text, html } = buildClipboardContent(gov2021, sample2021);
    expect(text).toBe(exportText(gov2021, sample2021));
    expect(html).not.toMatch(/<!doctype|<html|<head|<body|<style/i);
    expect(html).toContain('<h1>');
    expect(html.match(/<table border="1"/g)).toHaveLength(3);
  });

  it('has no 草稿 mark and no signature lines (it is the website copy)', () => {
    const html = buildClipboardHtml(gov2021, sample2021);
    expect(html).not.toContain('draft-mark');
    expect(html).not.toContain('填报人');
  });

  it('escapes report text', () => {
    const html = buildClipboardHtml(gov2021, hostile);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/i);
  });

  it('imports back to the same document', () => {
    const back = importReport(gov2021, buildClipboardHtml(gov2021, sample2021));
    expect(back.ok && back.document).toEqual(sample2021);
  });
});

describe('buildJsonContent of a 汇总', () => {
  it('writes its sources and contributions, so the file reads back as a 汇总', () => {
    const a = setAtPath(sample2021, 'requests.newReceived.natural', 3);
    const b = {
      ...setAtPath(sample2021, 'requests.newReceived.natural', 5),
      meta: { ...sample2021.meta, agency: '平湖市财政局' },
    };
    const result = consolidate(
      gov2021,
      [
        { key: 'a', document: a },
        { key: 'b', document: b },
      ],
      { agency: '平湖市', allowErrors: ['a', 'b'] },
    );
    if (!result.ok) throw new Error(result.refusals[0]?.message);
    const json = buildJsonContent(gov2021, result.document, {
      consolidation: result.consolidation,
    });
    const back = importReport(gov2021, json);
    if (!back.ok) throw new Error(back.error);
    expect(back.consolidation?.sources.map((s) => s.agency)).toEqual([
      '平湖市科技局',
      '平湖市财政局',
    ]);
    expect(back.consolidation?.contributions['requests.newReceived.natural']).toEqual([
      { agency: '平湖市财政局', value: 5 },
      { agency: '平湖市科技局', value: 3 },
    ]);
  });
});
