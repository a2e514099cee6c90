import { Button, buttonClass, type ButtonVariant } from '@/components/ui/button';
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
  return (
    <div className="row-actions">
      {trash ? (
        <TrashButtons report={report} actions={actions} />
      ) : (
        <LiveButtons report={report} actions={actions} />
      )}
    </div>
  );
}

type ButtonsProps = Omit<RowActionProps, 'trash'>;

/** A report in the 回收站: 恢复 / 彻底删除. */
function TrashButtons({ report: { id, title }, actions }: ButtonsProps) {
  return (
    <>
      <RowButton verb={D.restore} title={title} onClick={() => actions.restore(id)} />
      <RowButton verb={D.purge} title={title} variant="danger" onClick={() => actions.purge(id)} />
    </>
  );
}

/** A report in the list: 打开 (a link to its editor) / 复制 / 重命名 / 删除. */
function LiveButtons({ report, actions }: ButtonsProps) {
  const { id, title } = report;
  return (
    <>
      <a
        className={buttonClass('secondary', 'sm', 'row-open')}
        href={actions.href(id)}
        aria-label={D.onReport(D.open, title)}
      >
        {D.open}
      </a>
      <RowButton
        verb={D.duplicate}
        title={title}
        variant="ghost"
        onClick={() => actions.duplicate(id)}
      />
      <RowButton
        verb={D.rename}
        title={title}
        variant="ghost"
        onClick={() => actions.startRename(report)}
      />
      <RowButton
        verb={D.remove}
        title={title}
        variant="danger"
        onClick={() => actions.remove(id)}
      />
    </>
  );
}

type RowButtonProps = {
  verb: string;
  title: string;
  variant?: ButtonVariant;
  onClick: () => void;
};

/** A small button saying its verb, named for the report it acts on. */
function RowButton({ verb, title, variant, onClick }: RowButtonProps) {
  return (
    <Button size="sm" variant={variant} aria-label={D.onReport(verb, title)} onClick={onClick}>
      {verb}
    </Button>
  );
}
