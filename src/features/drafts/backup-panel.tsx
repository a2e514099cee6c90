import { useState } from 'react';
import { serializeBackup } from '@/domain/drafts';
import { describeStorageError } from '@/storage/durability';
import type { ReportStore } from '@/storage/report-store';
import { downloadText } from '@/components/download-text';
import { Button } from '@/components/ui/button';
import { FilePicker } from '@/components/ui/file-picker';
import { backupFileName } from './logic/backup-name';
import { D } from './strings';
import type { Notice } from './use-draft-actions';

type BackupPanelProps = { store: ReportStore; now: () => Date; onImported: () => void };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(D.notJson);
  }
}

function reason(e: unknown): string {
  return e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);
}

/** 备份全部报告 (one file) and 从备份文件恢复 (merged: the newer wins, the other goes to history). */
export function BackupPanel({ store, now, onImported }: BackupPanelProps) {
  const [notice, setNotice] = useState<Notice>(null);
  async function backup() {
    try {
      const file = await store.exportBackup();
      downloadText(backupFileName(now()), serializeBackup(file));
      setNotice({ text: D.backupDone(file.reports.length), alert: false });
    } catch (e) {
      setNotice({ text: D.actionFailed(reason(e)), alert: true });
    }
  }
  async function restore(file: File) {
    try {
      const r = await store.importBackup(parseJson(await file.text()));
      setNotice({ text: D.importDone(r.added, r.updated, r.kept), alert: false });
      onImported();
    } catch (e) {
      setNotice({ text: D.importFailed(reason(e)), alert: true });
    }
  }
  return (
    <section className="settings-section backup-panel" aria-labelledby="backup-title">
      <h3 id="backup-title">{D.backupTitle}</h3>
      <div className="toolbar">
        <Button onClick={() => void backup()}>{D.backupAll}</Button>
        <FilePicker
          label={D.restoreBackup}
          accept=".json,application/json"
          onFiles={([file]) => file && void restore(file)}
        />
      </div>
      {notice && (
        <p className="settings-notice" role={notice.alert ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
