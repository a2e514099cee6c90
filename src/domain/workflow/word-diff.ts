import { diffArrays } from 'diff';

// Word-level comparison of narrative text. Chinese has no spaces between words, so a plain word
// diff would mark a whole sentence as changed; Intl.Segmenter splits it into words
// (全年 / 共 / 公开 / 政府 / 信息 / 120 / 条) and jsdiff compares the token lists.

/** A run of text that is the same in both versions, or only in the old or the new one. */
export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };

let segmenter: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // Older browsers lack Intl.Segmenter; characters are then the tokens (coarser, still right).
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  return segmenter;
}

/** Splits text into word tokens (characters when word segmentation is not available). */
export function tokenize(text: string, useWords = true): string[] {
  const words = useWords ? wordSegmenter() : null;
  if (!words) return Array.from(text);
  return Array.from(words.segment(text), (s) => s.segment);
}

function pushPart(parts: DiffPart[], type: DiffPart['type'], text: string): void {
  const last = parts.at(-1);
  if (text === '') return;
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

/** The word-level difference of two texts; adjacent parts of the same kind are merged. */
export function diffWords(before: string, after: string, useWords = true): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokenize(before, useWords), tokenize(after, useWords))) {
    const type = change.added ? 'added' : change.removed ? 'removed' : 'same';
    pushPart(parts, type, change.value.join(''));
  }
  return parts;
}
