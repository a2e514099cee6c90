import { useId } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import type { AckFormProps } from './ack-form';
import { F } from './form-strings';

// The form's code (react-hook-form, zod) is not in the editor's first load: it comes with the
// 报告信息 form once the editor has painted, or here on the first 确认无误.
const ackForm = lazyComponent(() => import('./ack-form').then((m) => m.AckForm));

/** 确认无误's reason form, loaded on first use (nothing shown for the moment it takes). */
export function LazyAckForm(props: Omit<AckFormProps, 'idBase'>) {
  const idBase = `ack-${useId()}`;
  const loaded = ackForm.useComponent();
  if (loaded.kind === 'ready') return <loaded.Component {...props} idBase={idBase} />;
  return loaded.kind === 'failed' ? <p role="alert">{F.formLoadFailed}</p> : null;
}
