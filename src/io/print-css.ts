// The GB/T 9704-2012 《党政机关公文格式》 stylesheet for the signed and sealed paper copy.
// Single source for the print preview and the HTML export (design.md, "Print: official typography").
// Clause numbers are quoted next to each rule; the render-test traps of design.md are marked "trap n".
// Page-number margin boxes need Chromium ≥ 131, hence "print with a Chromium-based browser".

/** The print stylesheet, inlined in the `<style>` of every HTML export. */
export const PRINT_CSS = `
:root {
  --cols: 28; --rows: 22;                         /* 5.2.3 每面排22行，每行排28个字 */
  --text-w: 156mm; --text-h: 225mm;               /* 5.2.1 版心 156 × 225 mm */
  --char: calc(var(--text-w) / var(--cols));      /* one grid 字 = 5.571 mm */
  --line: calc(var(--text-h) / var(--rows));      /* one grid 行 = 10.227 mm */
  --size-2: 22pt; --size-3: 16pt; --size-4: 14pt; --size-5: 10.5pt;
}

/* 5.2.2 fonts: official faces by local() first (never bundled), then free Debian faces.
   One alias per role, so each role maps to exactly one real face. */
@font-face { font-family: "GB Title"; src: local("FZXiaoBiaoSong-B05S"), local("方正小标宋简体"),
  local("NotoSerifCJKsc-Black"), local("NotoSerifCJKsc-Bold"); }
@font-face { font-family: "GB FangSong"; src: local("FangSong_GB2312"), local("仿宋_GB2312"),
  local("FangSong"), local("STFangsong"), local("NotoSerifCJKsc-Regular"), local("AR PL SungtiL GB"); }
@font-face { font-family: "GB Hei"; src: local("SimHei"), local("黑体"), local("NotoSansCJKsc-Regular"),
  local("WenQuanYi Zen Hei"); }
@font-face { font-family: "GB Kai"; src: local("KaiTi_GB2312"), local("楷体_GB2312"), local("KaiTi"),
  local("STKaiti"), local("AR PL KaitiM GB"), local("AR PL UKai CN"), local("LXGW WenKai"),
  local("NotoSerifCJKsc-Regular"); }
@font-face { font-family: "GB Song"; src: local("SimSun"), local("宋体"), local("NotoSerifCJKsc-Regular"),
  local("AR PL SungtiL GB"); }

/* 5.1 A4; 5.2.1 天头37 订口28 → 版心156×225, so right 26 and bottom 35 */
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
/* 7.5 页码: 4号半角宋体 "— 1 —", 一字线 7 mm below the 版心; odd pages right with 1字 indent */
@page :right {
  margin-left: 28mm; margin-right: 26mm;
  @bottom-right { content: "— " counter(page) " —"; font: var(--size-4)/1 "GB Song", serif;
    vertical-align: top; padding-top: 3.7mm; padding-right: var(--char); }
}
/* 6 double-sided: even pages mirror the margins (binding on the right); 7.5 page number left, 1字 indent */
@page :left {
  margin-left: 26mm; margin-right: 28mm;
  @bottom-left { content: "— " counter(page) " —"; font: var(--size-4)/1 "GB Song", serif;
    vertical-align: top; padding-top: 3.7mm; padding-left: var(--char); }
}

html { font-synthesis: none; color: #000; }      /* 5.2.4 black; no faux bold/italic */
/* 5.2.2 一般用3号仿宋体字; 5.2.3 exactly 28 字 per line: letter-spacing makes each 字 one grid cell */
body { margin: 0; font: var(--size-3)/var(--line) "GB FangSong", serif;
  letter-spacing: calc(var(--char) - var(--size-3)); text-align: justify; line-break: strict; }
/* 7.3.1 标题 2号小标宋, centred; line breaks come from the author (trap 5: no text-wrap: balance) */
h1 { font: var(--size-2)/var(--line) "GB Title", serif; letter-spacing: 0; text-align: center;
  margin: 0 0 var(--line); }
/* 7.3.3 结构层次: 一、 黑体, （一） 楷体, both 3号 and indented 2字 like paragraphs */
h2 { font: var(--size-3)/var(--line) "GB Hei", sans-serif; margin: 0;
  text-indent: calc(2 * var(--char)); break-after: avoid; }
h3 { font: var(--size-3)/var(--line) "GB Kai", serif; margin: 0;
  text-indent: calc(2 * var(--char)); break-after: avoid; }
/* 7.3.3 正文 每个自然段左空二字，回行顶格 */
p { margin: 0; text-indent: calc(2 * var(--char)); }

/* Tables: 五号 10.5pt (5.2.2 特定情况可以作适当调整); fixed layout with <colgroup> widths that add
   up to the 版心 (trap 2: auto layout squeezed the value columns; trap 4: no overflow) */
table { width: 100%; table-layout: fixed; border-collapse: collapse; letter-spacing: 0;
  font: var(--size-5)/1.35 "GB FangSong", serif; margin: 0 0 var(--line); }
thead { display: table-header-group; }            /* header rows repeat on every page */
tr:not(.span-start) { break-inside: avoid; }      /* trap 1: never on a row that opens a rowspan */
tr.span-start > :not([rowspan]) { break-inside: avoid; }  /* …but its own cells stay whole */
tr.caption { break-after: avoid; }                /* keep a table-2 caption with its rows */
th, td { border: 0.5pt solid #000; padding: 1mm 1.2mm; text-align: center; vertical-align: middle;
  font-weight: normal; overflow-wrap: anywhere; }
th.label { text-align: left; }
td.num { font-variant-numeric: tabular-nums; }
table.t2 col:first-child { width: 57mm; }          /* 信息内容 + 3 × 33 mm = 156 mm */
table.t2 col:not(:first-child) { width: 33mm; }
table.t3 col:nth-child(1) { width: 13mm; }         /* three label levels: 13 + 17 + 50 mm */
table.t3 col:nth-child(2) { width: 17mm; }
table.t3 col:nth-child(3) { width: 50mm; }
table.t3 col:nth-child(n + 4) { width: calc((var(--text-w) - 80mm) / 7); }  /* 7 × 10.86 mm */
table.t4 col { width: calc(var(--text-w) / 15); }  /* 15 × 10.4 mm: 2-字 header lines (结果/维持) */

/* 7.3.5.1 加盖印章: 成文日期 右空四字, 署名 centred over the date; the top margin leaves room for
   the seal. 7.3.5.5: keep with the last body lines (trap 3: a grid, not absolute positioning). */
.signature { display: grid; grid-template-columns: 1fr max-content calc(4 * var(--char));
  margin-top: calc(2 * var(--line)); break-inside: avoid; break-before: avoid; }
.signature .org, .signature .date { grid-column: 2; white-space: nowrap; }
.signature .org { width: 0; min-width: 100%; display: flex; justify-content: center; }
/* trap 4: a 署名 too long to centre is pushed right so that it ends at the 版心's edge */
.signature.right-aligned .org { grid-column: 1 / -1; width: auto; min-width: 0;
  justify-content: flex-end; white-space: normal; text-align: right; }
.signature .approval, .signature .sign-lines { grid-column: 1 / -1; margin-top: var(--line); }
.sign-lines { display: flex; gap: var(--char); }
.sign-lines > span { flex: 1 1 auto; display: flex; white-space: nowrap; }
.sign-lines .blank { flex: 1 1 0; border-bottom: 0.5pt solid #000; margin-bottom: 0.3em; }

/* 草稿: position: fixed repeats on every printed page; rotated inside the page area, so it never
   widens the layout (trap 4). Translucent and on top, so a white sheet cannot hide it. */
.draft-mark { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%) rotate(-30deg);
  font: 96pt/1 "GB Hei", sans-serif; letter-spacing: 0.3em; color: rgb(0 0 0 / 14%);
  white-space: nowrap; pointer-events: none; }

@media screen {                                   /* preview only: the sheet on a grey desk */
  html { background: #e8e8e8; }
  body { box-sizing: content-box; width: var(--text-w); margin: 8mm auto;
    padding: 37mm 26mm 35mm 28mm; background: #fff; }
}
`;
