import { RECEIVE_LABELS, sourceContentKey, type ReceiveLine, type ReceiveOutcome } from '@/domain';
import type { ReceiveEnv, BatchState } from './receive-files';
import type { Imported, IncomingFile } from './incoming';
import { agencyYearKey, receivedProblems } from '../logic/received';
import { WR } from '../strings';

// A 审核包 of a report this browser already holds (the department sends back the report that
// was returned to it): the review feature's merge applies (comments and history are unions,
// the document comes from the side that changed it); when both sides changed it, the person
// must choose, which a batch cannot ask: that file is left for the report's own page.

type WithPackage = Extract<Imported, { ok: true }> & {
  package: NonNullable<Extract<Imported, { ok: true }>['package']>;
};

function lineOf(
  file: IncomingFile,
  got: WithPackage,
  outcome: ReceiveOutcome,
  text: string,
  workspaceYear: number,
): ReceiveLine {
  const { agency, year } = got.document.meta;
  const otherYear = year !== workspaceYear;
  const where = otherYear ? WR.otherYear(year) : '';
  const version = { contentKey: sourceContentKey(got.document), updatedAt: file.modifiedAt };
  return {
    fileName: file.name,
    outcome,
    label: RECEIVE_LABELS[outcome],
    text: `${text}${where}`,
    agency,
    year,
    otherYear,
    version: outcome === 'refused' ? null : version,
    replaces: null,
  };
}

/** Merges a 审核包 into the stored report of the same id; returns the file's line. */
export async function receivePackage(
  env: ReceiveEnv,
  state: BatchState,
  file: IncomingFile,
  got: WithPackage,
): Promise<ReceiveLine> {
  const { agency, year } = got.document.meta;
  const line = (outcome: ReceiveOutcome, text: string) =>
    lineOf(file, got, outcome, text, env.workspaceYear);
  try {
    const { planPackageImport, applyMerge } =
      await import('@/features/review/logic/package-import');
    const plan = await planPackageImport(env.store, got.package.text);
    if (plan.kind === 'error') return line('refused', `未导入：${plan.message}`);
    if (plan.kind !== 'merge') return line('refused', `未导入：${WR.packageConflict}`);
    if (!plan.plan.changed) return line('identical', WR.packageSame(agency, year));
    const merged = await applyMerge(env.store, plan.local, plan.plan);
    const saved = await env.store.save(merged.id, merged.document, merged.rev, {
      origin: { format: got.format, receivedAt: env.now(), modifiedAt: file.modifiedAt },
      problems: receivedProblems(env.t, merged.document, merged.acknowledgements),
    });
    const result = line('updated', WR.packageMerged(agency, year));
    const version = result.version ?? { contentKey: '', updatedAt: file.modifiedAt };
    state.known.set(agencyYearKey(agency, year), { id: merged.id, rev: saved.rev, version });
    return result;
  } catch (e) {
    return line('refused', `未导入：${WR.writeFailed(e instanceof Error ? e.message : String(e))}`);
  }
}
