// Prints (as JSON on stdout) what the plain-DOM baseline needs to draw table 3 like the app:
// its rows in print order (keys, labels, group labels), its columns, and the sample report's
// values. The baseline itself stays plain JavaScript with no build; the runner serves this JSON
// to it as `table3-data.js` (`window.TABLE3 = …`).
import { gov2021, listTable3Rows, sample2021, getCell } from '../../src/domain';

const t = gov2021;
const rows = listTable3Rows(t).map((r) => ({
  type: r.type,
  key: r.key,
  label: r.label,
  groups: r.groups,
}));
const columns = t.table3.columns.map((c) => ({
  key: c.key,
  label: c.label,
  group: c.group ?? null,
}));
const values: Record<string, number | null> = {};
for (const r of rows) {
  if (r.type !== 'input') continue;
  for (const c of columns) {
    const path = `requests.${r.key}.${c.key}`;
    values[path] = getCell(sample2021, path) ?? null;
  }
}
process.stdout.write(
  JSON.stringify({
    title: t.sections.find((s) => s.content === 'table3')?.title ?? '',
    note: t.table3.note,
    applicantHeader: t.table3.applicantHeader,
    total: t.table3.total,
    columns,
    rows,
    values,
  }),
);
