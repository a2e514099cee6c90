import type { WorkspaceRow } from './rows';
import { WB } from '../strings';

// 批量退回 / 批量定稿 / 导出审核包 over the selected rows (issue 12 item 4). The review
// workflow's rules apply to each report (src/domain/workflow): this part says which reports an
// action goes to and how its outcome reads; each refusal is listed with its reason.

/** A batch action. */
export type BatchAction = 'return' | 'approve' | 'export';

/** The outcome of a batch action on one report. */
export type BatchOutcome =
  { agency: string; ok: true } | { agency: string; ok: false; reason: string };

/** The selected reports (a 未报送 roster name has none), in the table's order. */
export function batchTargets(
  rows: readonly WorkspaceRow[],
  selected: ReadonlySet<string>,
): { id: string; agency: string }[] {
  return rows.flatMap((r) =>
    r.id !== null && selected.has(r.key) ? [{ id: r.id, agency: r.agency }] : [],
  );
}

/** The result of a batch: a summary line, then one line per refusal with its reason. */
export function batchReport(
  action: BatchAction,
  outcomes: readonly BatchOutcome[],
): { summary: string; refusals: string[] } {
  const done = outcomes.filter((o) => o.ok).length;
  const refusals = outcomes.flatMap((o) => (o.ok ? [] : [WB.refused(o.agency, o.reason)]));
  return { summary: WB.summary(WB.actions[action], done, refusals.length), refusals };
}

/** File names made unique for one folder or zip: a repeated name gets （2）, （3）… before its extension. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; used.has(candidate); n++) candidate = `${stem}（${n}）${ext}`;
    used.add(candidate);
    return candidate;
  });
}
