import type { TemplateDef } from '@/domain';
import type { ReportStore } from '@/storage/report-store';
import { useReceive } from './use-receive';
import { usePageFileDrop } from '@/components/ui/use-file-drop';
import { takeDrop } from './dropped-files';
import { ReceivePanel } from './receive-panel';

type ReceiveAreaProps = {
  store: ReportStore;
  t: TemplateDef;
  year: number;
  now: () => string;
  onReceived: () => void;
};

/**
 * 接收报告 with its own state: the progress of a batch re-renders this panel only, not the
 * table of 500 rows; the workspace reads the store again once the batch is done.
 */
export function ReceiveArea(props: ReceiveAreaProps) {
  const receiver = useReceive(props);
  const dragging = usePageFileDrop((files) => void receiver.receive(files), { read: takeDrop });
  return (
    <ReceivePanel
      state={receiver.state}
      dragging={dragging}
      onFiles={(files) => void receiver.receive(files)}
      onClear={receiver.clear}
    />
  );
}
