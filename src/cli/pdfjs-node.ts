import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfTextSource } from '../io/pdf/pdf-import';
import { readPdfText } from '../io/pdf/pdfjs-pages';

// The PDF reader of the command line and the tests: pdf.js's legacy build (the one that runs on
// Node 20), with the CJK cmaps and standard fonts read from its package in node_modules.

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Reads a PDF's text layer in Node. */
export const nodePdfSource: PdfTextSource = async (bytes, onPage) => {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const options = {
    cMapUrl: `${join(root, 'cmaps')}/`,
    standardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
  return readPdfText(pdfjs, bytes, options, onPage);
};
