import { useState } from 'react';
import type { ReportSummary } from '@/storage/report-store';
import { D } from './strings';

type RenameFormProps = {
  report: ReportSummary;
  onRename: (title: string) => void;
  onCancel: () => void;
};

/** Renames a report (its title); a blank title falls back to 机关名称 + 年度. */
export function RenameForm({ report, onRename, onCancel }: RenameFormProps) {
  const [title, setTitle] = useState(report.title);
  return (
    <form
      className="rename-form"
      aria-label={`${D.rename}：${report.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        onRename(title);
      }}
    >
      <label>
        {D.renameLabel}
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby="rename-hint"
          autoFocus
        />
      </label>
      <span id="rename-hint" className="hint">
        {D.renameHint}
      </span>
      <button type="submit">{D.renameSave}</button>
      <button type="button" onClick={onCancel}>
        {D.cancel}
      </button>
    </form>
  );
}
