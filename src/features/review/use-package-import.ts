import { useState } from 'react';
import type { ReportRecord } from '@/domain/drafts';
import type { ReportStore } from '@/storage/report-store';
import type { ImportPlan } from './logic/package-import';
import { summaryLines } from './logic/summary';
import { R } from './strings';

/** How an import reaches the store: `write` runs an op that returns the stored record. */
export type ImportTarget = {
  store: ReportStore;
  /** Only this report may be imported here (the open editor); undefined on the start screen. */
  reportId?: string;
  /** Runs before planning (the editor saves its pending edits first). */
  prepare?: () => Promise<unknown>;
  write: (op: () => Promise<ReportRecord>) => Promise<ReportRecord>;
  /** The import is stored: the report's id and whether it was created. */
  onDone?: (id: string, created: boolean) => void;
};

/** The outcome shown after an import. */
export type ImportMessage = { ok: boolean; lines: string[] };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The parse and merge code of a 审核包 (zod and all): loaded only when a file is chosen. */
const loadImportCode = () => import('./logic/package-import');

type Conflict = ImportPlan & { kind: 'conflict' };

/** What an import shows: its outcome, or the conflict to decide. */
type Show = {
  setMessage: (message: ImportMessage) => void;
  setConflict: (conflict: Conflict) => void;
};

/** Acts on a plan: refuses it, asks about the conflict, or creates / merges and says what. */
async function carryOut(target: ImportTarget, plan: ImportPlan, show: Show) {
  const { applyCreate, applyMerge } = await loadImportCode();
  if (plan.kind === 'error') return show.setMessage({ ok: false, lines: [plan.message] });
  const id = plan.kind === 'create' ? plan.plan.next.report.id : plan.local.id;
  if (target.reportId !== undefined && id !== target.reportId) {
    return show.setMessage({ ok: false, lines: [R.otherReport] });
  }
  if (plan.kind === 'conflict') return show.setConflict(plan);
  if (plan.kind === 'create') {
    await applyCreate(target.store, plan);
    show.setMessage({ ok: true, lines: [R.created, ...summaryLines(plan.plan.summary)] });
    return target.onDone?.(id, true);
  }
  await target.write(() => applyMerge(target.store, plan.local, plan.plan));
  const lines = plan.plan.changed ? summaryLines(plan.plan.summary) : [R.nothingNew];
  show.setMessage({ ok: true, lines: [R.merged, ...lines] });
  target.onDone?.(id, false);
}

/** 导入审核包: plan, then create / merge at once, or ask when both sides changed the report. */
export function usePackageImport(target: ImportTarget) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<ImportMessage | null>(null);

  return {
    conflict,
    message,
    async importText(text: string) {
      setMessage(null);
      try {
        const [{ planPackageImport }] = await Promise.all([loadImportCode(), target.prepare?.()]);
        await carryOut(target, await planPackageImport(target.store, text), {
          setMessage,
          setConflict,
        });
      } catch (e) {
        setMessage({ ok: false, lines: [messageOf(e)] });
      }
    },
    async choose(choice: 'local' | 'incoming' | null) {
      const plan = conflict;
      setConflict(null);
      if (!plan || choice === null) return;
      try {
        const { applyChoice } = await loadImportCode();
        await target.write(() => applyChoice(target.store, plan, choice));
        setMessage({ ok: true, lines: [R.merged] });
        target.onDone?.(plan.local.id, false);
      } catch (e) {
        setMessage({ ok: false, lines: [messageOf(e)] });
      }
    },
  };
}
