import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { Staleness } from './logic/staleness';
import { C } from './strings';

/** What 重新汇总 came to: the result's warnings, or why it was not done. */
export type RerunOutcome =
  { ok: true; warnings: readonly string[] } | { ok: false; reasons: readonly string[] };

type Props = {
  staleness: Staleness;
  /** Absent while the report is locked (another tab, 待审核, 已定稿). */
  onRerun?: () => Promise<RerunOutcome>;
  /** No source is left to sum. */
  nothingLeft: boolean;
  onDone: (warnings: readonly string[]) => void;
};

const names = (list: readonly string[]) => list.join(C.listSeparator);

/** The sources changed or went away after the consolidation: say which, offer 重新汇总. */
export function StaleBanner({ staleness, onRerun, nothingLeft, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [reasons, setReasons] = useState<readonly string[]>([]);
  async function rerun() {
    if (!onRerun) return;
    setBusy(true);
    setReasons([]);
    const outcome = await onRerun().catch((e: unknown) => ({
      ok: false as const,
      reasons: [e instanceof Error ? e.message : String(e)],
    }));
    setBusy(false);
    if (outcome.ok) onDone(outcome.warnings);
    else setReasons(outcome.reasons);
  }
  const { changed, trashed, purged } = staleness;
  const blocked = !onRerun || nothingLeft;
  return (
    <div role="alert" className="app-banner stale-banner" data-stale="true">
      <p className="stale-title">{C.staleTitle}</p>
      {changed.length > 0 && <p data-kind="changed">{C.changed(names(changed))}</p>}
      {trashed.length > 0 && <p data-kind="trashed">{C.trashed(names(trashed))}</p>}
      {purged.length > 0 && <p data-kind="purged">{C.purged(names(purged))}</p>}
      <div className="stale-actions">
        <Button size="sm" disabled={blocked || busy} onClick={() => void rerun()}>
          {busy ? C.rerunning : C.rerun}
        </Button>
        <span className="stale-hint">
          {nothingLeft ? C.rerunNoSources : onRerun ? C.rerunHint : C.rerunLocked}
        </span>
      </div>
      {reasons.map((r) => (
        <p key={r} className="stale-failed">
          {C.rerunFailed(r)}
        </p>
      ))}
    </div>
  );
}
