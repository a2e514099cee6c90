import { describe, expect, it } from 'vitest';
import { BOOT_FUNCTIONS, bootConfig, bootScript } from './boot-script-source';
import { readSavedView } from './boot-script';
import { loadAppFiles } from './page-start';
import type { SavedView } from './saved-view-types';

// The boot script is written into index.html as source text; its DOM work is covered by
// e2e/saved-view.spec.ts. Here: what it accepts from localStorage, and that the text runs.

const config = bootConfig('build-1');

function fakeWindow(items: Record<string, string>): Window {
  const localStorage = { getItem: (k: string) => items[k] ?? null };
  return { localStorage } as unknown as Window;
}

const view: SavedView = { build: 'build-1', id: 'r1', rev: 3, html: '<p>报告</p>' };
const kept = (v: unknown, id = 'r1') => ({ [config.keyPrefix + id]: JSON.stringify(v) });

describe('saved view, as the boot script reads it', () => {
  it('is shown for the report it was taken of, by the build that took it', () => {
    expect(readSavedView(fakeWindow(kept(view)), config, 'r1')).toEqual(view);
    expect(readSavedView(fakeWindow(kept(view)), config, 'r2')).toBeNull();
    expect(readSavedView(fakeWindow(kept(view, 'r2')), config, 'r2')).toBeNull(); // r1's view
    expect(readSavedView(fakeWindow(kept({ ...view, build: 'old' })), config, 'r1')).toBeNull();
  });

  it('is not shown while the edit journal holds unsaved work of the report', () => {
    const items = { ...kept(view), [`${config.journalPrefix}r1`]: '{}' };
    expect(readSavedView(fakeWindow(items), config, 'r1')).toBeNull();
  });

  it('is ignored when damaged, incomplete or unreadable', () => {
    expect(
      readSavedView(fakeWindow({ [`${config.keyPrefix}r1`]: '{not json' }), config, 'r1'),
    ).toBeNull();
    expect(readSavedView(fakeWindow(kept({ ...view, html: 7 })), config, 'r1')).toBeNull();
    const throwing = {
      localStorage: {
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      },
    } as unknown as Window;
    expect(readSavedView(throwing, config, 'r1')).toBeNull();
  });

  it('is written into index.html as a script that parses and holds every boot function', () => {
    const script = bootScript('build-1', {
      entry: '/assets/index-x.js',
      screens: { editor: ['/assets/e.js'], sample: [], drafts: [] },
    });
    expect(() => new Function(script)).not.toThrow();
    for (const f of BOOT_FUNCTIONS) expect(script).toContain(`function ${f.name}(`);
    expect(script).toContain('"build":"build-1"');
    expect(script).toContain('"/assets/index-x.js"');
  });

  it("fetches the app's files at once but runs its entry only once the page is parsed", async () => {
    const links: string[] = [];
    const listeners: Array<() => void> = [];
    const document = {
      readyState: 'loading',
      createElement: () => ({}),
      head: { appendChild: (l: { href: string }) => links.push(l.href) },
      addEventListener: (type: string, fn: () => void) =>
        type === 'DOMContentLoaded' && listeners.push(fn),
    };
    const page = { document, location: { search: '?report=r1' } } as unknown as Window;
    const g = globalThis as { entryRuns?: number };
    const code = 'globalThis.entryRuns = (globalThis.entryRuns ?? 0) + 1;';
    const entry = `data:text/javascript,${encodeURIComponent(code)}`;
    loadAppFiles(page, { entry, screens: { editor: ['/e.js'], sample: ['/s.js'], drafts: [] } });
    expect(links).toEqual([entry, '/e.js']);
    await new Promise((ok) => setTimeout(ok, 20));
    expect(g.entryRuns).toBeUndefined(); // #root may not be parsed yet
    listeners.forEach((fn) => fn());
    await expect.poll(() => g.entryRuns).toBe(1);
  });
});
