import { useMemo, useState, type ReactNode } from 'react';
import { gov2021, type Consolidation } from '@/domain';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { CellSourcesContext, type CellSources } from '@/features/report-editor';
import { sourcesAttributes } from './logic/cell-sources-model';
import { findStaleness, isStale, presentSourceIds } from './logic/staleness';
import { useActiveCell } from './use-active-cell';
import { useStoreList } from './use-store-list';
import { ConsolidationBar } from './consolidation-bar';
import { StaleBanner, type RerunOutcome } from './stale-banner';
import { SourcesPanel } from './sources-panel';
import { SOURCES_TIP_ID, SourcesTooltip } from './sources-tooltip';
import { C } from './strings';
import './consolidation.css';

export type ConsolidationLayerProps = {
  consolidation: Consolidation;
  store: ReportStore;
  /** The store's list when the report was opened (read again when the page is shown again). */
  list?: readonly ReportSummary[];
  /** The address of a stored report (the sources open in the editor). */
  reportHref: (id: string) => string;
  /** 重新汇总 with the sources still stored; absent while the report is locked. */
  onRerun?: (sourceIds: readonly string[]) => Promise<RerunOutcome>;
  /** The editor. */
  children: ReactNode;
};

/**
 * What the layer derives from the consolidation: the input cells' sources for the editor, and
 * (once the store's list is read) what changed since and which sources are still stored.
 */
function useSourcesState(
  consolidation: Consolidation,
  store: ReportStore,
  initialList: readonly ReportSummary[] | undefined,
) {
  const cellSources = useMemo<CellSources>(
    () => ({
      readOnly: true,
      attributes: sourcesAttributes(gov2021, consolidation),
      describedBy: SOURCES_TIP_ID,
      hint: C.gridHint,
    }),
    [consolidation],
  );
  const list = useStoreList(store, consolidation, initialList);
  const staleness = useMemo(
    () => (list ? findStaleness(consolidation, list) : null),
    [consolidation, list],
  );
  const present = useMemo(
    () => (list ? presentSourceIds(consolidation, list) : []),
    [consolidation, list],
  );
  return { cellSources, staleness, present };
}

/**
 * A consolidated (汇总) report around its editor: the input cells read-only with their sources
 * (`data-sources`, a tooltip on hover and focus, the 来源明细 panel), and a banner when sources
 * changed or went away since, offering 重新汇总.
 */
export function ConsolidationLayer(props: ConsolidationLayerProps) {
  const { consolidation, store, onRerun } = props;
  const { cellSources, staleness, present } = useSourcesState(consolidation, store, props.list);
  const { tip, selected, handlers } = useActiveCell(consolidation);
  const [panelOpen, setPanelOpen] = useState(false);
  const [rerunWarnings, setRerunWarnings] = useState<readonly string[] | null>(null);
  return (
    <CellSourcesContext.Provider value={cellSources}>
      <ConsolidationBar
        consolidation={consolidation}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((open) => !open)}
        rerunWarnings={rerunWarnings}
      />
      {staleness && isStale(staleness) && (
        <StaleBanner
          staleness={staleness}
          nothingLeft={present.length === 0}
          onRerun={onRerun && (() => onRerun(present))}
          onDone={setRerunWarnings}
        />
      )}
      <div className="consolidated" {...handlers}>
        {props.children}
      </div>
      <SourcesTooltip consolidation={consolidation} cell={tip} />
      {panelOpen && (
        <SourcesPanel
          consolidation={consolidation}
          cell={selected}
          staleness={staleness}
          reportHref={props.reportHref}
          onClose={() => setPanelOpen(false)}
        />
      )}
    </CellSourcesContext.Provider>
  );
}
