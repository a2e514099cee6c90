import type { TemplateDef } from '../domain/template/types';
import type { ImportResult } from './import-result';
import { checkImportSize, looksBinary } from './limits';
import { importJson } from './json-import';
import { importHtml, looksLikeHtml } from './html-import';
import { importText } from './text-import';

/** The formats a report can be imported from. */
export type SourceFormat = 'json' | 'html' | 'text';

// Annotation lines of the published samples ("# source: …", "# note: …") are not report text.
const ANNOTATION = /^#\s*(source|note):.*$/gim;

/** Guesses the format of a file from its content (not its name, which users get wrong). */
export function detectFormat(content: string): SourceFormat {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  return looksLikeHtml(head) ? 'html' : 'text';
}

/** Imports a report from text, HTML or JSON, detected from the content. */
export function importReport(
  t: TemplateDef,
  content: string,
): ImportResult & { readonly format?: SourceFormat } {
  const tooBig = checkImportSize(content);
  if (tooBig) return { ok: false, error: tooBig };
  if (looksBinary(content)) {
    return {
      ok: false,
      error:
        '这不是文本文件（可能是图片或压缩包），未导入任何内容。请导入 Word、PDF、Excel、网页、文本或 JSON 文件，或直接粘贴报告文字。',
    };
  }
  const format = detectFormat(content);
  if (format === 'json') return { ...importJson(t, content), format };
  if (format === 'html') return { ...importHtml(t, content), format };
  return { ...importText(t, content.replace(ANNOTATION, '')), format };
}
