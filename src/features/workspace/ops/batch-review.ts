import type { ReportDocument } from '@/domain';
import type { Actor, WorkflowAction } from '@/domain/workflow';
import { recordAction, recordExport, type ReviewEnv } from '@/features/review/logic/review-ops';
import type { BatchOutcome } from '../logic/batch';
import { uniqueFileNames } from '../logic/batch';
import { WB } from '../strings';

// Carrying out 批量退回 / 批量定稿 / 导出审核包, one report after the other, each as the review
// feature does it for one report (history entry, snapshot, exchange recorded): a refusal or a
// failure on one report is listed and the others go on.

/** A report an action goes to, and (for 定稿) how to find last year's report of its agency. */
export type BatchTarget = { id: string; agency: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function loadRecord(env: ReviewEnv, id: string) {
  const loaded = await env.store.load(id);
  if (!loaded?.ok) throw new Error(WB.loadFailed(loaded ? loaded.error : id));
  return loaded.record;
}

/** Applies a workflow action to each target; resolves to one outcome per target. */
export async function runWorkflowBatch(
  env: ReviewEnv,
  targets: readonly BatchTarget[],
  action: WorkflowAction,
  actor: Actor,
  previousOf: (id: string) => Promise<ReportDocument | undefined>,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const { id, agency } of targets) {
    try {
      const record = await loadRecord(env, id);
      const previous = action.type === 'approve' ? await previousOf(id) : undefined;
      const result = await recordAction(env, record, action, actor, previous);
      outcomes.push(
        result.ok ? { agency, ok: true } : { agency, ok: false, reason: result.reason },
      );
    } catch (e) {
      outcomes.push({ agency, ok: false, reason: messageOf(e) });
    }
  }
  return outcomes;
}

/** The 审核包 of each target, as zip entries (name → text), and the outcome per target. */
export async function collectPackages(
  env: ReviewEnv,
  targets: readonly BatchTarget[],
): Promise<{ files: { name: string; text: string }[]; outcomes: BatchOutcome[] }> {
  const packages: { name: string; text: string }[] = [];
  const outcomes: BatchOutcome[] = [];
  for (const { id, agency } of targets) {
    try {
      const { name, text } = await recordExport(env, await loadRecord(env, id));
      packages.push({ name, text });
      outcomes.push({ agency, ok: true });
    } catch (e) {
      outcomes.push({ agency, ok: false, reason: messageOf(e) });
    }
  }
  const names = uniqueFileNames(packages.map((p) => p.name));
  return { files: packages.map((p, i) => ({ ...p, name: names[i] ?? p.name })), outcomes };
}

/** One .zip of the packages (fflate, loaded on use). */
export async function zipPackages(files: readonly { name: string; text: string }[]) {
  const { strToU8, zipSync } = await import('fflate');
  const entries = Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)]));
  return zipSync(entries, { level: 6 });
}
