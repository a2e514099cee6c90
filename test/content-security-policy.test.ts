import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gov2021, sample2021 } from '../src/domain';
import { buildClipboardHtml, buildPrintHtml } from '../src/features/export/export-options';
import {
  contentSecurityPolicy,
  serverContentSecurityPolicy,
  styleHash,
} from '../scripts/content-security-policy';

// The built page's policy names the print copy's inline stylesheet by its hash (the preview
// shows that copy in a srcdoc frame, which inherits the policy): any other inline style, or a
// change to it that the hash does not follow, would be refused in the browser.

const sources = (policy: string, directive: string) =>
  policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === directive)
    ?.slice(1) ?? [];

describe('Content-Security-Policy', () => {
  it('allows every inline stylesheet of the print preview, and nothing inline else', () => {
    const html = buildPrintHtml(gov2021, sample2021, {});
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(styles.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/\sstyle=/); // style attributes would need 'unsafe-inline'
    const allowed = sources(contentSecurityPolicy(), 'style-src');
    for (const css of styles) expect(allowed).toContain(styleHash(css));
    expect(allowed).not.toContain("'unsafe-inline'");
  });

  it('allows the style attributes of the tables copied to the clipboard, and no other', () => {
    const html = buildClipboardHtml(gov2021, sample2021);
    const attributes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(attributes.length).toBeGreaterThan(0);
    const allowed = sources(contentSecurityPolicy(), 'style-src-attr');
    for (const css of new Set(attributes)) expect(allowed).toContain(styleHash(css));
    expect(allowed).toEqual(["'unsafe-hashes'", ...new Set(attributes.map(styleHash))]);
  });

  it("is the header of the README's nginx example, word for word", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(
      `add_header Content-Security-Policy "${serverContentSecurityPolicy()}" always;`,
    );
  });
});
