import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Prints Word files to PDF with LibreOffice, as an office would (`soffice --convert-to pdf`),
 * into `dir` (FILE.docx → dir/FILE.pdf). LibreOffice gets a profile of its own under `dir`, so
 * runs in parallel do not clash over ~/.config/libreoffice; its first start takes a few seconds.
 */
export function printWithLibreOffice(files: readonly string[], dir: string): void {
  const home = join(dir, 'lo-home');
  mkdirSync(home, { recursive: true });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${home}/lo`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { env: { ...process.env, HOME: home }, timeout: 170_000, stdio: 'ignore' },
  );
}
