import type { NumberingRef } from './wordml-styles';
import { child, elements, intAttr, intVal, val, type XmlElement } from './wordml-xml';

// Automatic list numbering (numbering.xml). Word does not store the 一、 （一） 1. of a numbered
// paragraph in its text, so they are rebuilt here from the level's format and text ("%1、"),
// counting the paragraphs of each list in document order, as Word does.

type Level = { readonly start: number; readonly format: string; readonly text: string };

/**
 * A list instance (w:num): the levels of its definition, the definition's id (instances of one
 * definition count on together, as in Word) and the levels its start overrides restart.
 */
type ListDef = {
  readonly levels: ReadonlyMap<number, Level>;
  readonly abstractId: string;
  readonly restarts: readonly number[];
};

const DIGITS = '〇一二三四五六七八九';

/** 一 … 九十九 (十, 十一, 二十, 二十一); larger numbers in digits. */
function chineseCounting(n: number): string {
  if (n < 10 || n >= 100) return n < 10 ? (DIGITS[n] ?? '') : String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ]; // prettier-ignore
  let out = '';
  for (const [v, s] of parts) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(64 + (((n - 1) % 26) + 1));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const cycle = (set: string, n: number): string => set[(n - 1) % set.length] ?? '';
const enclosed = (first: number, n: number): string =>
  n >= 1 && n <= 20 ? String.fromCodePoint(first + n - 1) : String(n);

const FORMATS: Readonly<Record<string, (n: number) => string>> = {
  decimal: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  chineseLegalSimplified: (n) => (n < 10 ? (LEGAL[n] ?? '') : String(n)),
  ideographTraditional: (n) => cycle(STEMS, n),
  ideographZodiac: (n) => cycle(BRANCHES, n),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d)),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + +d)),
  decimalEnclosedCircle: (n) => enclosed(0x2460, n),
  decimalEnclosedCircleChinese: (n) => enclosed(0x2460, n),
  decimalEnclosedParen: (n) => enclosed(0x2474, n),
  decimalEnclosedFullstop: (n) => enclosed(0x2488, n),
  upperLetter: letters,
  lowerLetter: (n) => letters(n).toLowerCase(),
  upperRoman: roman,
  lowerRoman: (n) => roman(n).toLowerCase(),
};

function readLevels(el: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(el).filter((e) => e.name === 'w:lvl')) {
    levels.set(intAttr(lvl, 'w:ilvl', 0), {
      start: intVal(child(lvl, 'w:start'), 1),
      format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
      text: val(child(lvl, 'w:lvlText')) ?? '',
    });
  }
  return levels;
}

/** Reads the list instances of numbering.xml (parsed), by numId. */
function readDefinitions(root: XmlElement | null): Map<string, ListDef> {
  const top = root ? elements(child(root, 'w:numbering') ?? root) : [];
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of top.filter((e) => e.name === 'w:abstractNum'))
    abstract.set(a.attrs['w:abstractNumId'] ?? '', readLevels(a));
  const lists = new Map<string, ListDef>();
  for (const num of top.filter((e) => e.name === 'w:num')) {
    const abstractId = val(child(num, 'w:abstractNumId')) ?? '';
    const levels = new Map(abstract.get(abstractId) ?? []);
    const restarts: number[] = [];
    for (const o of elements(num).filter((e) => e.name === 'w:lvlOverride')) {
      const ilvl = intAttr(o, 'w:ilvl', 0);
      const base = readLevels(o).get(ilvl) ?? levels.get(ilvl);
      const start = child(o, 'w:startOverride');
      if (!base) continue;
      levels.set(ilvl, start ? { ...base, start: intVal(start, base.start) } : base);
      if (start || readLevels(o).has(ilvl)) restarts.push(ilvl);
    }
    lists.set(num.attrs['w:numId'] ?? '', { levels, abstractId, restarts });
  }
  return lists;
}

/** Gives each numbered paragraph its label ("一、", "（二）", "3."), counting in document order. */
export type Numbering = { readonly label: (ref: NumberingRef) => string };

/** The numbering of a document from its numbering.xml (parsed), or none. */
export function readNumbering(root: XmlElement | null): Numbering {
  const lists = readDefinitions(root);
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const label = ({ numId, ilvl }: NumberingRef): string => {
    const list = lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level || level.format === 'bullet' || level.format === 'none') return '';
    const counts = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, counts);
    if (!started.has(numId)) {
      started.add(numId);
      // An instance with a start override begins that level (and the deeper ones) again.
      const from = Math.min(...list.restarts);
      if (from < counts.length) counts.length = from;
    }
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels start again
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = list.levels.get(Number(d) - 1);
      const n = counts[Number(d) - 1] ?? l?.start ?? 1;
      return (FORMATS[l?.format ?? 'decimal'] ?? String)(n);
    });
  };
  return { label };
}
