// The React floor of the benchmark: table 3 of the report (25 rows × 7 columns) as a plain
// React page: uncontrolled <input>s (defaultValue) carrying the app's field names, ONE onInput
// handler on the table that keeps the values in a ref and sets the totals as state, and the
// computed cells rendered from that state with the app's data-computed / data-invalid
// attributes. No store, no router, no database: what any React app pays to put this table on
// screen. Rows, labels and values come from src/domain at bench time (virtual:table3, see
// build.mjs). The wrapper carries data-editor-ready, the app's "ready" signal: React commits
// the whole table at once, so it is there exactly when every input is.
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import data from 'virtual:table3';

const cols = data.columns.map((c) => c.key);
const TOTAL = data.total.key;
const allCols = [...cols, TOTAL];
const inputRows = data.rows.filter((r) => r.type === 'input');
const resultsKey = data.rows.find((r) => r.type === 'computed').key;
// Rows summed by （七）总计: the inputs inside 三、本年度办理结果 (rows with a group).
const resultRows = inputRows.filter((r) => r.groups.length > 0);
// The items of the 勾稽关系 (一 + 二 = （七）总计 + 四): the top-level input rows.
const [received, carriedOver, carriedForward] = inputRows
  .filter((r) => r.groups.length === 0)
  .map((r) => r.key);

const path = (row, col) => `requests.${row}.${col}`;

/** Totals (row totals, the （七）总计 row) and the 勾稽关系 flag of each column. */
function compute(values) {
  const totals = {};
  for (const r of inputRows) {
    totals[path(r.key, TOTAL)] = cols.reduce((s, c) => s + values[path(r.key, c)], 0);
  }
  const val = (row, col) =>
    row === resultsKey || col === TOTAL ? totals[path(row, col)] : values[path(row, col)];
  for (const c of allCols) {
    totals[path(resultsKey, c)] = resultRows.reduce((s, r) => s + val(r.key, c), 0);
  }
  const bad = {};
  for (const c of allCols) {
    bad[c] = val(received, c) + val(carriedOver, c) !== val(resultsKey, c) + val(carriedForward, c);
  }
  return { totals, bad };
}

function initialValues() {
  const values = {};
  for (const r of inputRows)
    for (const c of cols) values[path(r.key, c)] = data.values[path(r.key, c)] ?? 0;
  return values;
}

function Cell({ row, col, computed }) {
  const p = path(row.key, col);
  const flagged =
    computed.bad[col] && [received, carriedOver, carriedForward, resultsKey].includes(row.key);
  if (row.type !== 'input' || col === TOTAL) {
    return (
      <td className="num" data-computed={p} data-invalid={flagged ? 'true' : undefined}>
        {computed.totals[p]}
      </td>
    );
  }
  const v = data.values[p];
  return (
    <td className="num">
      <input
        name={p}
        inputMode="numeric"
        autoComplete="off"
        aria-label={`${row.label} ${col}`}
        aria-invalid={flagged ? 'true' : undefined}
        defaultValue={v === null || v === undefined ? '' : String(v)}
      />
    </td>
  );
}

function Table3() {
  const values = useRef(null);
  values.current ??= initialValues();
  const [computed, setComputed] = useState(() => compute(values.current));
  const onInput = (e) => {
    const t = e.target;
    if (!(t.name in values.current)) return;
    const text = t.value.trim();
    values.current[t.name] = /^\d+$/.test(text) ? Number(text) : 0;
    setComputed(compute(values.current));
  };
  return (
    <div data-editor-ready="">
      <h2>{data.title}</h2>
      <p>{data.note}</p>
      <table aria-label={data.title} onInput={onInput} onFocus={(e) => e.target.select?.()}>
        <thead>
          <tr>
            <th rowSpan={2} />
            <th colSpan={allCols.length}>{data.applicantHeader}</th>
          </tr>
          <tr>
            {data.columns.map((c) => (
              <th key={c.key}>{c.group ? `${c.group} · ${c.label}` : c.label}</th>
            ))}
            <th>{data.total.label}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.key}>
              <td className="label">{[...r.groups, r.label].join(' / ')}</td>
              {allCols.map((c) => (
                <Cell key={c} row={r} col={c} computed={computed} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Table3 />
  </StrictMode>,
);
