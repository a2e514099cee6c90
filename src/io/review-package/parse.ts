import type { z } from 'zod';
import type { TemplateDef } from '../../domain/template/types';
import { REPORT_KIND, isPlainObject } from '../../domain/report/document';
import { BACKUP_KIND } from '../../domain/drafts/backup';
import { importJson } from '../json-import';
import { checkImportSize } from '../limits';
import {
  REVIEW_PACKAGE_KIND,
  REVIEW_PACKAGE_VERSION,
  documentKey,
  type ReviewPackage,
} from './format';
import { packageSchema } from './schema';

// Reading a 审核包. Every refusal concerns the whole file and creates nothing: another kind of
// file, a newer version, a document the report importer cannot read in full, or a document that
// no longer matches the key written at export (the file was damaged or edited by hand).

/** A checked package, or a Chinese refusal. */
export type PackageParse = { ok: true; package: ReviewPackage } | { ok: false; error: string };

type Raw = Record<string, unknown>;
const NOTHING = '未导入任何内容。';
const refuse = (error: string): PackageParse => ({ ok: false, error });

function checkEnvelope(raw: Raw): string | null {
  if (raw.kind === REPORT_KIND)
    return `这是一份年度报告文件，不是审核包；请使用“导入报告”。${NOTHING}`;
  if (raw.kind === BACKUP_KIND)
    return `这是一份备份文件，不是审核包；请使用“从备份恢复”。${NOTHING}`;
  if (raw.kind !== REVIEW_PACKAGE_KIND) {
    return `这不是年度报告的审核包（kind 为 ${JSON.stringify(raw.kind ?? null)}）。${NOTHING}`;
  }
  const v = raw.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return `审核包缺少有效的格式版本（schemaVersion）。${NOTHING}`;
  }
  if (v > REVIEW_PACKAGE_VERSION) {
    return `审核包的格式版本为 ${v}，比本程序支持的版本 ${REVIEW_PACKAGE_VERSION} 新。请升级本程序后再导入；${NOTHING}`;
  }
  return null;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.map(String).join('.') || '（顶层）';
  return `审核包的内容不完整或格式不正确：${where}（${issue?.message ?? '无法读取'}）。${NOTHING}`;
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return {
      error: `审核包不是有效的 JSON（${e instanceof Error ? e.message : String(e)}）。${NOTHING}`,
    };
  }
}

/** Parses and checks a review package; the document goes through the report importer. */
export function parseReviewPackage(t: TemplateDef, text: string): PackageParse {
  const tooBig = checkImportSize(text);
  if (tooBig) return refuse(tooBig);
  const parsed = parseJson(text);
  if ('error' in parsed) return refuse(parsed.error);
  if (!isPlainObject(parsed.value)) return refuse(`这不是年度报告的审核包。${NOTHING}`);
  const envelope = checkEnvelope(parsed.value);
  if (envelope) return refuse(envelope);
  const shape = packageSchema.safeParse(parsed.value);
  if (!shape.success) return refuse(describeIssue(shape.error));
  const body = shape.data;
  const imported = importJson(t, JSON.stringify(body.report.document ?? null));
  if (!imported.ok) return refuse(`审核包中的报告无法读取：${imported.error}`);
  const [issue] = imported.issues;
  if (issue)
    return refuse(
      `审核包中的报告有 ${imported.issues.length} 处无法读取（${issue.message}）。${NOTHING}`,
    );
  if (documentKey(imported.document) !== body.lastExchange.documentKey) {
    return refuse(`审核包校验失败：报告内容与导出时不一致，文件可能已损坏或被修改。${NOTHING}`);
  }
  const report = { ...body.report, document: imported.document };
  const pkg: ReviewPackage = {
    kind: REVIEW_PACKAGE_KIND,
    schemaVersion: REVIEW_PACKAGE_VERSION,
    ...body,
    report,
  };
  return { ok: true, package: pkg };
}
