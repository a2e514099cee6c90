import { createContext, useContext } from 'react';

// The sources of a consolidated (汇总) report's input cells, provided from outside the editor
// (src/features/consolidation). Such a report's figures are the sums of other reports, changed by
// editing a source, so its input cells take no typing, paste, clearing or 填 0; each cell carries
// its sources' contributions as `data-sources`. An ordinary report gets NO_SOURCES: one context
// read per cell, nothing else.

/** What a grid cell needs to know about its sources. */
export type CellSources = {
  /** The input cells are read-only (their values are sums of the sources). */
  readonly readOnly: boolean;
  /** The `data-sources` attribute of each input cell, by field path. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Id of the element describing the active cell's sources (added to aria-describedby). */
  readonly describedBy?: string;
  /** Shown above each table instead of the typing hint. */
  readonly hint?: string;
};

const NO_SOURCES: CellSources = { readOnly: false, attributes: new Map() };

export const CellSourcesContext = createContext<CellSources>(NO_SOURCES);

/** The sources of the report's input cells (none for an ordinary report). */
export function useCellSources(): CellSources {
  return useContext(CellSourcesContext);
}
