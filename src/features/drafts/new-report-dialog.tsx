import { Dialog } from '@/components/ui/dialog';
import { NewReportForm, type NewReportFormProps } from './new-report-form';
import { D } from './strings';

/** The 新建报告 dialog: the new-report form; Esc, 关闭 or 取消 close it (focus goes back). */
export function NewReportDialog(
  props: Omit<NewReportFormProps, 'onCancel'> & { onClose: () => void },
) {
  const { onClose, ...form } = props;
  return (
    <Dialog title={D.newTitle} onClose={onClose} width="md">
      <NewReportForm {...form} onCancel={onClose} />
    </Dialog>
  );
}
