import { Field, FieldInput } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { renameSchema } from '@/domain/schema/form-schemas';
import type { ReportSummary } from '@/storage/report-store';
import { D } from './strings';

type RenameDialogProps = {
  report: ReportSummary;
  onRename: (title: string) => void;
  onClose: () => void;
};

const schema = renameSchema();

/** 重命名: a dialog with the report's title, required; 确定 saves it, Esc or 取消 closes. */
export function RenameDialog({ report, onRename, onClose }: RenameDialogProps) {
  const form = useZodForm(schema, { defaultValues: { title: report.title } });
  const error = form.formState.errors.title?.message;
  return (
    <Dialog title={D.onReport(D.rename, report.title)} onClose={onClose} width="sm">
      <form
        className="rename-form"
        aria-label={D.onReport(D.rename, report.title)}
        noValidate
        onSubmit={form.handleSubmit((v) => onRename(v.title))}
      >
        <Field label={D.renameLabel} name="title" error={error} hint={D.renameHint} required>
          <FieldInput {...form.register('title')} />
        </Field>
        <div className="form-actions new-report-actions">
          <Button onClick={onClose}>{D.cancel}</Button>
          <SubmitButton form={form}>{D.renameSave}</SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
