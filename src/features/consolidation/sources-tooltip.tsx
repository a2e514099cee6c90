import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Consolidation } from '@/domain';
import { describeCellSources } from './logic/cell-sources-model';
import type { ActiveCell } from './use-active-cell';
import { C } from './strings';

/** Id of the tooltip: every input cell of a 汇总 names it in aria-describedby. */
export const SOURCES_TIP_ID = 'cell-sources-tip';

/** How many contributions the tooltip lists; the panel lists them all. */
const TIP_LINES = 8;
const GAP_PX = 4;

/**
 * Below the cell, or above it when there is no room below or when the cell shows its problems
 * below it (its .cell-tip); kept inside the window.
 */
function placeNear(cell: HTMLElement, tip: HTMLElement): CSSProperties {
  const r = cell.getBoundingClientRect();
  const h = tip.offsetHeight;
  const roomAbove = r.top - GAP_PX - h >= 0;
  const flagged = cell.querySelector('.cell-tip, .cell-refusal') !== null;
  const below = flagged && roomAbove ? false : r.bottom + GAP_PX + h <= window.innerHeight;
  const left = Math.max(GAP_PX, Math.min(r.left, window.innerWidth - tip.offsetWidth - GAP_PX));
  return { left, top: below ? r.bottom + GAP_PX : Math.max(GAP_PX, r.top - GAP_PX - h) };
}

/** Re-renders when anything scrolls (the grids scroll inside the page). */
function useScrollTick(active: boolean): number {
  const [tick, setTick] = useState(0);
  useLayoutEffect(() => {
    if (!active) return;
    const onScroll = () => setTick((n) => n + 1);
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
    };
  }, [active]);
  return tick;
}

/** The hovered or focused cell's sources, 机关 → value, largest first, next to the cell. */
export function SourcesTooltip(props: { consolidation: Consolidation; cell: ActiveCell | null }) {
  const { consolidation, cell } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [style, setStyle] = useState<CSSProperties>({ visibility: 'hidden' });
  const tick = useScrollTick(cell !== null);
  useLayoutEffect(() => {
    if (cell && ref.current) setStyle(placeNear(cell.element, ref.current));
  }, [cell, tick]);
  if (!cell) return <div id={SOURCES_TIP_ID} role="tooltip" hidden />;
  const view = describeCellSources(consolidation, cell.path, TIP_LINES);
  const rest = C.tipZeroBlank(view.zero.length, view.blank.length);
  return (
    <div id={SOURCES_TIP_ID} role="tooltip" className="sources-tip" ref={ref} style={style}>
      <p className="sources-tip-head">{cell.label}</p>
      <p>{C.cellTotal(cell.value)}</p>
      {view.lines.length > 0 ? (
        <ol className="sources-lines">
          {view.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      ) : (
        <p>{view.zero.length > 0 ? C.noneNonZero : C.tipEmpty}</p>
      )}
      {view.more > 0 && <p>{C.more(view.more)}</p>}
      {rest && <p className="sources-tip-rest">{rest}</p>}
    </div>
  );
}
