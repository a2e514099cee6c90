import type { PdfPageText, PdfTextItem } from './pdf-import';

// Reading the text layer with pdf.js, shared by the browser and the Node reader (each loads its
// own build of pdf.js and passes it in, so nothing here depends on the environment). Only
// horizontal text is kept: a rotated 草稿 mark or a vertical caption is not report text.

type Matrix = readonly number[];

type PageLike = {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): unknown;
};

type DocumentLike = { numPages: number; getPage(n: number): Promise<PageLike> };

/** The part of pdf.js used here (its browser and legacy builds both fit). */
export type PdfjsLike = {
  getDocument(src: {
    data: Uint8Array;
    cMapUrl: string;
    cMapPacked: boolean;
    standardFontDataUrl?: string;
    isEvalSupported: boolean;
    stopAtErrors: boolean;
    verbosity: number;
  }): { promise: Promise<DocumentLike>; destroy(): Promise<void> };
};

/** Where pdf.js finds its data files, and how the reader lets the page breathe between pages. */
export type PdfjsOptions = {
  readonly cMapUrl: string;
  readonly standardFontDataUrl?: string;
  /** Awaited after each page (the browser yields to the event loop there). */
  readonly pause?: () => Promise<void>;
};

const multiply = (m: Matrix, n: Matrix): number[] => [
  (m[0] ?? 0) * (n[0] ?? 0) + (m[2] ?? 0) * (n[1] ?? 0),
  (m[1] ?? 0) * (n[0] ?? 0) + (m[3] ?? 0) * (n[1] ?? 0),
  (m[0] ?? 0) * (n[2] ?? 0) + (m[2] ?? 0) * (n[3] ?? 0),
  (m[1] ?? 0) * (n[2] ?? 0) + (m[3] ?? 0) * (n[3] ?? 0),
  (m[0] ?? 0) * (n[4] ?? 0) + (m[2] ?? 0) * (n[5] ?? 0) + (m[4] ?? 0),
  (m[1] ?? 0) * (n[4] ?? 0) + (m[3] ?? 0) * (n[5] ?? 0) + (m[5] ?? 0),
];

type RawItem = { str: string; transform: number[]; width: number };

const isTextItem = (it: unknown): it is RawItem =>
  typeof it === 'object' && it !== null && 'str' in it && 'transform' in it && 'width' in it;

/** A text item in page coordinates (top-left origin), or null when it is not horizontal. */
export function toPageItem(item: RawItem, viewport: Matrix): PdfTextItem | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = multiply(viewport, item.transform);
  const height = Math.hypot(c, d);
  if (a <= 0 || Math.abs(b) > 1e-3 * a || Math.abs(c) > 1e-3 * a || height === 0) return null;
  return { str: item.str, x: e, y: f, width: item.width, height };
}

/** Reads every page's horizontal text with pdf.js, reporting progress after each page. */
export async function readPdfText(
  pdfjs: PdfjsLike,
  bytes: Uint8Array,
  options: PdfjsOptions,
  onPage?: (done: number, total: number) => void,
): Promise<PdfPageText[]> {
  const task = pdfjs.getDocument({
    data: bytes.slice(), // pdf.js takes the buffer over (transfers it to its worker)
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = content.items
        .filter(isTextItem)
        .map((it) => toPageItem(it, viewport.transform));
      pages.push({
        width: viewport.width,
        height: viewport.height,
        items: items.filter((it): it is PdfTextItem => it !== null),
      });
      page.cleanup();
      onPage?.(n, doc.numPages);
      await options.pause?.();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
