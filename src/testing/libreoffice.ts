import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Test-only: LibreOffice opens our files as an office suite would. It gets a profile and HOME of
// its own under `dir`, so runs in parallel do not clash over ~/.config/libreoffice; its first
// start takes a few seconds.

/** Runs `soffice --headless ARGS --outdir dir` (e.g. `--convert-to pdf FILE…`). */
export function runLibreOffice(args: readonly string[], dir: string): void {
  const home = join(dir, 'lo-home');
  mkdirSync(home, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${home}/lo`, '--headless', ...args, '--outdir', dir],
    { env: { ...process.env, HOME: home }, timeout: 170_000, stdio: 'ignore' },
  );
}

/** Prints Word files to PDF with LibreOffice (FILE.docx → dir/FILE.pdf). */
export function printWithLibreOffice(files: readonly string[], dir: string): void {
  runLibreOffice(['--convert-to', 'pdf', ...files], dir);
}
