import { Button } from '@/components/ui/button';
import { Popover } from '@/components/ui/popover';
import { AllOrOneSelect, type Choice } from '@/components/form/all-or-one-select';
import { WORKSPACE_STATUS_LABELS, type WorkspaceStatus } from './logic/rows';
import type { WorkspaceTable } from './use-workspace-table';
import { W, WX } from './strings';

const STATUS_CHOICES: readonly Choice[] = (
  Object.keys(WORKSPACE_STATUS_LABELS) as WorkspaceStatus[]
).map((s) => ({ value: s, label: WORKSPACE_STATUS_LABELS[s] }));

type TableToolsProps = {
  table: WorkspaceTable;
  onExport: (format: 'xlsx' | 'csv') => void;
  exporting: boolean;
};

function ColumnMenu({ table }: { table: WorkspaceTable }) {
  return (
    <Popover label={W.columns}>
      <fieldset className="column-menu">
        <legend className="visually-hidden">{W.columns}</legend>
        {table
          .getAllLeafColumns()
          .filter((c) => c.getCanHide())
          .map((c) => (
            <label key={c.id}>
              <input
                type="checkbox"
                checked={c.getIsVisible()}
                onChange={c.getToggleVisibilityHandler()}
              />
              {typeof c.columnDef.header === 'string' ? c.columnDef.header : c.id}
            </label>
          ))}
      </fieldset>
    </Popover>
  );
}

/** 搜索机关: part of a name; a new search starts on the first page. */
function NameSearch({ table }: { table: WorkspaceTable }) {
  return (
    <label>
      {W.filterText}
      <input
        type="search"
        value={table.getState().globalFilter as string}
        onChange={(e) => {
          table.setGlobalFilter(e.target.value);
          table.setPageIndex(0);
        }}
      />
    </label>
  );
}

/** 状态筛选: one status or all; a new choice starts on the first page. */
function StatusFilter({ table }: { table: WorkspaceTable }) {
  const status = (table.getColumn('status')?.getFilterValue() as string | undefined) ?? '';
  return (
    <label>
      {W.filterStatus}
      <AllOrOneSelect
        value={status}
        allLabel={W.all}
        choices={STATUS_CHOICES}
        onChange={(v) => {
          table.getColumn('status')?.setFilterValue(v || undefined);
          table.setPageIndex(0);
        }}
      />
    </label>
  );
}

/** Search by name, filter by status, choose columns, export the table. */
export function TableTools({ table, onExport, exporting }: TableToolsProps) {
  const shown = table.getFilteredRowModel().rows.length;
  const total = table.getCoreRowModel().rows.length;
  return (
    <div className="workspace-tools">
      <div className="workspace-filters" role="search">
        <NameSearch table={table} />
        <StatusFilter table={table} />
        <ColumnMenu table={table} />
        <span className="workspace-muted">{W.shown(shown, total)}</span>
      </div>
      <div className="workspace-exports">
        <Button disabled={exporting} onClick={() => onExport('xlsx')}>
          {WX.xlsx}
        </Button>
        <Button disabled={exporting} onClick={() => onExport('csv')}>
          {WX.csv}
        </Button>
      </div>
    </div>
  );
}
