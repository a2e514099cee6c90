import { useState } from 'react';
import { getCell, listInputCells, type SectionDef, type TableLayout } from '@/domain';
import { DataGrid } from './data-grid';
import { EditorSection } from './editor-section';
import { useStore } from './store-context';
import { useCellSources } from './cell-sources';
import { S } from './strings';

/** Fills every blank cell of one table with 0, as one undo step; returns how many were filled. */
function useFillZero(section: string): () => number {
  const store = useStore();
  return () => {
    const doc = store.getCommitted();
    const blanks = listInputCells(store.template).filter(
      (c) => c.section === section && getCell(doc, c.path) === null,
    );
    store.applyBatch(
      blanks.map((c) => ({ path: c.path, value: 0 })),
      S.fillZero,
    );
    return blanks.length;
  };
}

/** A table section: heading, toolbar (本表空格填 0) and the grid. */
export function TableSection({ section, layout }: { section: SectionDef; layout: TableLayout }) {
  const fill = useFillZero(section.key);
  const [status, setStatus] = useState('');
  const sources = useCellSources();
  return (
    <EditorSection section={section}>
      <div className="table-toolbar">
        {!sources.readOnly && (
          <button
            type="button"
            data-action="fill-zero"
            onClick={() => {
              const n = fill();
              setStatus(n > 0 ? S.fillZeroDone(n) : S.fillZeroNone);
            }}
          >
            {S.fillZero}
          </button>
        )}
        <span className="toolbar-status" role="status">
          {status}
        </span>
        <span className="grid-hint">{sources.hint ?? S.gridHint}</span>
      </div>
      <DataGrid layout={layout} label={section.title} />
    </EditorSection>
  );
}
