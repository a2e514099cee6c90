import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { PDF_READER_UNAVAILABLE, type PdfTextSource } from '@/io/pdf/pdf-import';
import { readPdfText } from '@/io/pdf/pdfjs-pages';

// The PDF reader of the app (browser only: a Worker and the page's address, so not in io/). pdf.js (its main part, ~120 kB gzip) is imported on first use, and
// its worker (~370 kB gzip) is a separate file started only then, so neither weighs on the first
// load. pdf.js parses in that worker; the page only receives each page's text and yields to the
// event loop between pages. The CJK cmaps are served with the app under pdfjs/cmaps/ (copied from
// pdfjs-dist by the pdfjsAssets plugin in vite.config.ts): no CDN, so it works offline.

type Pdfjs = typeof import('pdfjs-dist');

const unavailable = (cause: unknown): Error =>
  Object.assign(new Error('pdf.js could not be loaded', { cause }), {
    name: PDF_READER_UNAVAILABLE,
  });

let loaded: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist').catch((e: unknown) => {
    loaded = null; // a failed download (offline before the first visit) may succeed later
    throw unavailable(e);
  });
  return loaded;
}

/**
 * The worker, started on the first PDF and reused by the next ones. pdf.js would wait forever on
 * a worker whose script failed to load, so that failure rejects `failed` and drops the worker.
 */
function watchWorker(pdfjs: Pdfjs, signal: AbortSignal): Promise<never> {
  const worker = (pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(workerUrl, {
    type: 'module',
  }));
  return new Promise((_, reject) => {
    const onError = (e: Event) => {
      if (pdfjs.GlobalWorkerOptions.workerPort === worker)
        pdfjs.GlobalWorkerOptions.workerPort = null;
      reject(unavailable(e));
    };
    worker.addEventListener('error', onError, { signal });
  });
}

const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Reads a PDF's text layer in the browser, with pdf.js in its worker. */
export const browserPdfSource: PdfTextSource = async (bytes, onPage) => {
  const pdfjs = await loadPdfjs();
  const done = new AbortController();
  const base = new URL(import.meta.env.BASE_URL, globalThis.location.href);
  const options = { cMapUrl: new URL('pdfjs/cmaps/', base).href, pause: yieldToPage };
  try {
    const failed = watchWorker(pdfjs, done.signal);
    return await Promise.race([readPdfText(pdfjs, bytes, options, onPage), failed]);
  } finally {
    done.abort();
  }
};
