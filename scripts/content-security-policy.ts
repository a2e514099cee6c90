import { createHash } from 'node:crypto';
import { PRINT_CSS } from '../src/io/print-css.ts';

// The Content-Security-Policy of the built page (issue 13 item 6), written into dist/index.html
// as a <meta> by vite.config.ts (the dev server sends none: its hot reload needs inline script).
//
// Scripts, workers and every fetch come from the app's own origin only: no inline script and no
// eval. Styles too, with two exceptions, each named by its hash: the print preview shows the
// printable copy in an iframe (srcdoc, which inherits this policy) whose <style> is inline; and
// the tables copied to the clipboard carry one style attribute (Word and web editors drop
// classes), which the browser parses in the page when it sanitizes what is copied. React's style
// props are set through the CSSOM, which the policy does not restrict. Images may be data: URLs
// (none yet; harmless). Nothing may be embedded as an object; <base> and forms stay on the origin.

/** The style attribute of the clipboard's tables (src/features/export/export-options.ts). */
export const CLIPBOARD_TABLE_STYLE = 'border-collapse:collapse';

/** The CSP source naming an inline stylesheet (or style attribute) by the sha256 of its text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

const COMMON = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy of the built page (its <meta>). */
export function contentSecurityPolicy(): string {
  return [
    ...COMMON,
    `style-src 'self' ${styleHash(PRINT_CSS)}`,
    `style-src-attr 'unsafe-hashes' ${styleHash(CLIPBOARD_TABLE_STYLE)}`,
  ].join('; ');
}

/**
 * The header a server may send with every file of the app (README, 部署 / Deploy): the same
 * policy, stable across builds, plus what a <meta> cannot say (no framing by other sites). Its
 * styles allow 'unsafe-inline' instead of the hash: index.html's <meta> still applies on top of
 * it (a page obeys both), so inline styles stay limited to the print copy's.
 */
export function serverContentSecurityPolicy(): string {
  return [...COMMON, "style-src 'self' 'unsafe-inline'", "frame-ancestors 'self'"].join('; ');
}
