import type { Consolidation } from '@/domain';
import { Drawer } from '@/components/ui/drawer';
import { useExclusiveDrawer } from '@/features/report-editor';
import { describeCellSources } from './logic/cell-sources-model';
import type { Staleness } from './logic/staleness';
import type { ActiveCell } from './use-active-cell';
import { C } from './strings';

type Props = {
  consolidation: Consolidation;
  /** The focused cell, whose contributions are listed in full. */
  cell: ActiveCell | null;
  staleness: Staleness | null;
  /** The address of a stored report. */
  reportHref: (id: string) => string;
  onClose: () => void;
};

function AgencyGroup({ title, names }: { title: string; names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <details className="sources-group">
      <summary>{title}</summary>
      <p>{names.join(C.listSeparator)}</p>
    </details>
  );
}

/** The focused cell's contributions: every 机关 → value above 0, then those at 0 and blank. */
function CellDetail({ consolidation, cell }: { consolidation: Consolidation; cell: ActiveCell }) {
  const view = describeCellSources(consolidation, cell.path);
  return (
    <section className="sources-cell" aria-labelledby="sources-cell-title">
      <h3 id="sources-cell-title">{cell.label}</h3>
      <p>{C.cellTotal(cell.value)}</p>
      <p className="sources-group-title">{C.nonZero(view.lines.length)}</p>
      {view.lines.length > 0 ? (
        <ol className="sources-lines" data-path={cell.path}>
          {view.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      ) : (
        <p>{C.noneNonZero}</p>
      )}
      <AgencyGroup title={C.zero(view.zero.length)} names={view.zero} />
      <AgencyGroup title={C.blank(view.blank.length)} names={view.blank} />
    </section>
  );
}

function sourceState(agency: string, s: Staleness | null): string {
  if (!s) return '';
  if (s.changed.includes(agency)) return C.stateChanged;
  if (s.trashed.includes(agency)) return C.stateTrashed;
  if (s.purged.includes(agency)) return C.statePurged;
  return '';
}

/** The sources of the 汇总: each opens in the editor (to change a figure, change its source). */
function SourceList({ consolidation, staleness, reportHref }: Omit<Props, 'cell' | 'onClose'>) {
  return (
    <section aria-labelledby="sources-list-title">
      <h3 id="sources-list-title">{C.panelSources(consolidation.sources.length)}</h3>
      <ul className="sources-list">
        {consolidation.sources.map((s) => {
          const state = sourceState(s.agency, staleness);
          return (
            <li key={s.key} data-agency={s.agency}>
              {state === C.statePurged ? (
                <span>{s.agency}</span>
              ) : (
                <a href={reportHref(s.key)}>{s.agency}</a>
              )}
              <span className="sources-problems">{C.sourceProblems(s.errors, s.warnings)}</span>
              {state && <span className="sources-state">{state}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The width of the 来源明细 drawer, in CSS pixels. */
const SOURCES_DRAWER_WIDTH = 352;

/**
 * 来源明细, the editor's drawer for a 汇总 (one drawer at a time: opening it closes the review or
 * history drawer, and they close it): the focused cell's contributions in full, and the sources.
 */
export function SourcesPanel({ consolidation, cell, staleness, reportHref, onClose }: Props) {
  useExclusiveDrawer('sources', true, SOURCES_DRAWER_WIDTH, onClose);
  return (
    <Drawer
      open
      id="sources-panel"
      title={C.panelTitle}
      width={SOURCES_DRAWER_WIDTH}
      onClose={onClose}
    >
      <div className="sources-panel">
        {cell ? <CellDetail consolidation={consolidation} cell={cell} /> : <p>{C.panelPick}</p>}
        <SourceList consolidation={consolidation} staleness={staleness} reportHref={reportHref} />
      </div>
    </Drawer>
  );
}
