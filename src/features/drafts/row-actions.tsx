import { Button, buttonClass } from '@/components/ui/button';
import type { ReportSummary } from '@/storage/report-store';
import { D } from './strings';

export type RowActionProps = {
  report: ReportSummary;
  trash: boolean;
  actions: {
    href: (id: string) => string;
    duplicate: (id: string) => void;
    startRename: (report: ReportSummary) => void;
    remove: (id: string) => void;
    restore: (id: string) => void;
    purge: (id: string) => void;
  };
};

/** 打开 / 复制 / 重命名 / 删除, or in the 回收站 恢复 / 彻底删除; each names its report. */
export function RowActions({ report, trash, actions }: RowActionProps) {
  const label = (verb: string) => `${verb}：${report.title}`;
  if (trash) {
    return (
      <div className="row-actions">
        <Button size="sm" aria-label={label(D.restore)} onClick={() => actions.restore(report.id)}>
          {D.restore}
        </Button>
        <Button
          size="sm"
          variant="danger"
          aria-label={label(D.purge)}
          onClick={() => actions.purge(report.id)}
        >
          {D.purge}
        </Button>
      </div>
    );
  }
  return (
    <div className="row-actions">
      <a
        className={buttonClass('secondary', 'sm', 'row-open')}
        href={actions.href(report.id)}
        aria-label={label(D.open)}
      >
        {D.open}
      </a>
      <Button
        size="sm"
        variant="ghost"
        aria-label={label(D.duplicate)}
        onClick={() => actions.duplicate(report.id)}
      >
        {D.duplicate}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        aria-label={label(D.rename)}
        onClick={() => actions.startRename(report)}
      >
        {D.rename}
      </Button>
      <Button
        size="sm"
        variant="danger"
        aria-label={label(D.remove)}
        onClick={() => actions.remove(report.id)}
      >
        {D.remove}
      </Button>
    </div>
  );
}
