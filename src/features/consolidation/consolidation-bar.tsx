import type { Consolidation } from '@/domain';
import { Button } from '@/components/ui/button';
import { C } from './strings';

type Props = {
  consolidation: Consolidation;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** Warnings of the last 重新汇总 of this session (null: none done). */
  rerunWarnings: readonly string[] | null;
};

/** What the report is (a 汇总 of N agencies, figures read-only) and the 来源明细 toggle. */
export function ConsolidationBar({
  consolidation,
  panelOpen,
  onTogglePanel,
  rerunWarnings,
}: Props) {
  const { sources, includedWithErrors } = consolidation;
  return (
    <section className="consolidation-bar" aria-label={C.barLabel}>
      <div className="consolidation-text">
        <p>
          <strong>{C.summary(sources.length)}</strong>
          {C.readOnlyNote}
        </p>
        {includedWithErrors.length > 0 && (
          <p className="consolidation-warning">
            {C.includedWithErrors(includedWithErrors.join(C.listSeparator))}
          </p>
        )}
        {rerunWarnings && <RerunDone warnings={rerunWarnings} />}
      </div>
      <Button
        size="sm"
        aria-expanded={panelOpen}
        aria-controls={panelOpen ? 'sources-panel' : undefined}
        onClick={onTogglePanel}
      >
        {panelOpen ? C.hidePanel : C.showPanel}
      </Button>
    </section>
  );
}

/** That 重新汇总 is done (a status message), with each of its warnings. */
function RerunDone({ warnings }: { warnings: readonly string[] }) {
  return (
    <div role="status" className="consolidation-done">
      <p>{C.rerunDone}</p>
      {warnings.map((w) => (
        <p key={w} className="consolidation-warning">
          {w}
        </p>
      ))}
    </div>
  );
}
