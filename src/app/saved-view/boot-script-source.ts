import {
  DATABASE_NAME,
  JOURNAL_PREFIX,
  REPORT_LOCK_PREFIX,
  REPORTS_TABLE,
  SAVED_VIEW_PREFIX,
} from '../../storage/storage-keys.ts';
import { readStoredRow } from '../../storage/stored-row.ts';
import * as boot from './boot-script.ts';
import { loadAppFiles, startPage, type AppFiles } from './page-start.ts';
import type { BootConfig } from './saved-view-types';

// Builds the inline <script> of index.html (vite.config.ts). Relative imports only: this module
// is loaded by the build tool, which does not know the `@/` alias of the app.

/** How long the saved view waits for the app before it says the app did not load. */
const FAILED_AFTER_MS = 20_000;

const FAILED_MESSAGE =
  '本页程序未能加载，现在显示的是上次保存的内容，不能编辑。请检查网络后刷新页面。';

/** The boot script's settings for the build `build`. */
export function bootConfig(build: string): BootConfig {
  return {
    keyPrefix: SAVED_VIEW_PREFIX,
    build,
    journalPrefix: JOURNAL_PREFIX,
    lockPrefix: REPORT_LOCK_PREFIX,
    dbName: DATABASE_NAME,
    table: REPORTS_TABLE,
    failedAfterMs: FAILED_AFTER_MS,
    failedMessage: FAILED_MESSAGE,
  };
}

/** Every function of the inline script, in the order they are written into index.html. */
export const BOOT_FUNCTIONS = [
  boot.readSavedView,
  boot.collectTyped,
  boot.selectCellsOnFocus,
  boot.paintView,
  boot.stopTyping,
  boot.whenHeldElsewhere,
  boot.giveUpAfter,
  boot.whenRoot,
  readStoredRow,
  boot.bootSavedView,
  loadAppFiles,
  startPage,
];

/**
 * The inline script: the boot functions' own source text in a scope of their own, then the call.
 * (Functions of a bundled module keep their names and their calls of each other in their text.)
 */
export function bootScript(build: string, files: AppFiles): string {
  const functions = BOOT_FUNCTIONS.map((f) => f.toString()).join('\n');
  const args = `window,${JSON.stringify(bootConfig(build))},${JSON.stringify(files)}`;
  return `(function(){${functions}\n${startPage.name}(${args});})()`;
}
