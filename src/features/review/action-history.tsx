import { describeEvent, sortEvents, type WorkflowEvent } from '@/domain/workflow';
import { formatTime } from '@/components/format-time';
import { R } from './strings';

/** 操作记录: every workflow action, oldest first, with its local time. */
export function ActionHistory({ events }: { events: readonly WorkflowEvent[] }) {
  if (events.length === 0) return <p className="review-empty">{R.noEvents}</p>;
  return (
    <ol className="action-history">
      {sortEvents(events).map((e) => (
        <li key={e.id} data-action={e.action}>
          <time dateTime={e.at}>{formatTime(e.at)}</time> {describeEvent(e)}
        </li>
      ))}
    </ol>
  );
}
