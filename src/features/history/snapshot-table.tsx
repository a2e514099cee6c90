import type { SnapshotList } from './use-snapshots';
import { Button } from '@/components/ui/button';
import { formatTime } from '@/components/format-time';
import { H } from './strings';

/** The list of snapshots, newest first, each with 查看. */
export function SnapshotTable({
  list,
  onView,
}: {
  list: SnapshotList;
  onView: (id: string) => void;
}) {
  if (list.kind === 'loading') return <p role="status">{H.loading}</p>;
  if (list.kind === 'failed') return <p role="alert">{H.failed(list.message)}</p>;
  if (list.items.length === 0) return <p>{H.empty}</p>;
  return (
    <table className="history-table">
      <thead>
        <tr>
          <th scope="col">{H.time}</th>
          <th scope="col">{H.description}</th>
          <th scope="col">{H.version}</th>
          <th scope="col">{H.actions}</th>
        </tr>
      </thead>
      <tbody>
        {list.items.map((s) => (
          <tr key={s.id} data-snapshot-kind={s.kind}>
            <td>{formatTime(s.createdAt)}</td>
            <td>
              <span className="history-kind">{H.kinds[s.kind]}</span> {s.description}
            </td>
            <td>{s.rev}</td>
            <td>
              <Button variant="ghost" size="sm" onClick={() => onView(s.id)}>
                {H.view}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
