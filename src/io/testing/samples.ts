import { readFileSync, readdirSync } from 'node:fs';

// Test-only access to ../shared/samples (Node fs is fine in tests, never in the io layer).

const SAMPLES = new URL('../../../../shared/samples/', import.meta.url);

/** The 2021 平湖市科技局 sample text. */
export function readSampleText(): string {
  return readFileSync(new URL('2021_pinghu_kejiju.txt', SAMPLES), 'utf8');
}

/** The published samples, with their `# source:` / `# note:` annotation lines stripped. */
export function readPublished(): { name: string; text: string }[] {
  const dir = new URL('published/', SAMPLES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(new URL(name, dir), 'utf8').replace(/^#\s*(source|note):.*\n/gm, ''),
    }));
}

/** One published sample by file name. */
export function published(name: string): string {
  const found = readPublished().find((p) => p.name === name);
  if (!found) throw new Error(`no published sample ${name}`);
  return found.text;
}
