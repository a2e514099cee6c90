// PDF printers often map a glyph shared by a radical and an ideograph back to the radical's code
// point (Chromium's PDFs write 工 as U+2F2F ⼯ and 民 as U+2EA0 ⺠), so the text layer spells the
// report's labels with characters the importer does not know. Kangxi radicals (U+2F00–U+2FD5)
// fold to their ideographs under NFKC; the CJK Radicals Supplement (U+2E80–U+2EFF) has no such
// mapping, so the pairs below come from Unicode's EquivalentUnifiedIdeograph.txt (the radicals
// that stand for a character of running text; components such as 亻 氵 are left out).

const SUPPLEMENT: Readonly<Record<number, string>> = {
  0x2e81: '厂',
  0x2e84: '乙',
  0x2e88: '刀',
  0x2e8a: '卜',
  0x2e8c: '小',
  0x2e8d: '小',
  0x2e8e: '兀',
  0x2e92: '巳',
  0x2e93: '幺',
  0x2e97: '心',
  0x2e9c: '日',
  0x2e9d: '月',
  0x2e9f: '母',
  0x2ea0: '民',
  0x2ea7: '牛',
  0x2ea9: '王',
  0x2eab: '目',
  0x2eac: '示',
  0x2eb6: '羊',
  0x2ebb: '聿',
  0x2ebc: '肉',
  0x2ec1: '虎',
  0x2ec4: '西',
  0x2ec5: '见',
  0x2ec6: '角',
  0x2ec9: '贝',
  0x2ecb: '车',
  0x2ecf: '邑',
  0x2ed1: '長',
  0x2ed3: '长',
  0x2ed4: '门',
  0x2ed7: '雨',
  0x2ed8: '青',
  0x2ed9: '韦',
  0x2eda: '页',
  0x2edb: '风',
  0x2edc: '飞',
  0x2edd: '食',
  0x2ee2: '马',
  0x2ee3: '骨',
  0x2ee4: '鬼',
  0x2ee5: '鱼',
  0x2ee6: '鸟',
  0x2ee7: '卤',
  0x2ee8: '麦',
  0x2ee9: '黄',
  0x2eea: '黾',
  0x2eec: '齐',
  0x2eee: '齿',
  0x2ef0: '龙',
  0x2ef3: '龟',
};

// NFKC folds a few Kangxi radicals to a traditional form (⼾ → 戶, ⾭ → 靑) where a simplified
// Chinese font draws the radical as the simplified character (户, 青).
const SIMPLIFIED: Readonly<Record<string, string>> = { 戶: '户', 靑: '青' };

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fd5]/g;

/** Replaces radical code points with the ideographs they were printed for. */
export function foldRadicals(text: string): string {
  return text.replace(RADICAL, (c) => {
    const code = c.codePointAt(0) ?? 0;
    if (code < 0x2f00) return SUPPLEMENT[code] ?? c;
    const folded = c.normalize('NFKC');
    return SIMPLIFIED[folded] ?? folded;
  });
}
