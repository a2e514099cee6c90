import { useState } from 'react';
import type { WorkspaceRow } from './logic/rows';
import { WX } from './strings';

/** 导出 Excel / 导出 CSV of the rows as the table shows them (the .xlsx code loads on use). */
export function useTableExport(year: number) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  async function run(format: 'xlsx' | 'csv', rows: readonly WorkspaceRow[]) {
    setBusy(true);
    try {
      const ops = await import('./ops/export-table');
      const name =
        format === 'xlsx' ? await ops.exportTableXlsx(year, rows) : ops.exportTableCsv(year, rows);
      setMessage(WX.done(name));
    } catch (e) {
      setMessage(WX.failed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, run };
}
