import { useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { gov2021, reportTitle, type ReportDocument } from '@/domain';
import { countProblems } from '@/domain/drafts';
import { describeStorageError } from '@/storage/durability';
import type { ReportRecord, ReportStore } from '@/storage/report-store';
import { copyTitle, renamed } from './logic/new-report';
import { D } from './strings';

/** A message after an action: `alert` for failures. */
export type Notice = { text: string; alert: boolean } | null;

async function loadRecord(store: ReportStore, id: string): Promise<ReportRecord> {
  const loaded = await store.load(id);
  if (!loaded) throw new Error(D.actionFailed(id));
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.record;
}

/** Creates a stored report from a document (problems counted for the list); resolves to its id. */
export async function createReport(store: ReportStore, document: ReportDocument): Promise<string> {
  const problems = countProblems(gov2021, document, {});
  return (await store.create({ document, problems })).id;
}

/** The list's actions, each reporting what it did (or why it failed) and reloading the list. */
export function useDraftActions(store: ReportStore, refresh: () => void) {
  const [notice, setNotice] = useState<Notice>(null);
  const ops = useMemo(() => buildActions(store, refresh, setNotice), [store, refresh]);
  return { notice, setNotice, ...ops };
}

function failure(e: unknown): string {
  return e instanceof Error && e.name === 'Error' ? e.message : describeStorageError(e);
}

/** Runs an action: its message (or why it failed) becomes the notice, then the list reloads. */
type Run = (action: () => Promise<string>) => Promise<void>;

function buildActions(
  store: ReportStore,
  refresh: () => void,
  setNotice: Dispatch<SetStateAction<Notice>>,
) {
  async function run(action: () => Promise<string>) {
    try {
      setNotice({ text: await action(), alert: false });
    } catch (e) {
      setNotice({ text: D.actionFailed(failure(e)), alert: true });
    }
    refresh();
  }
  return { ...editActions(store, run), ...trashActions(store, run) };
}

/** 复制 and 重命名: each writes a changed copy of the stored document. */
function editActions(store: ReportStore, run: Run) {
  return {
    duplicate: (id: string) =>
      run(async () => {
        const r = await loadRecord(store, id);
        const document = copyTitle(r.document, D.copySuffix);
        await store.create({
          document,
          acknowledgements: r.acknowledgements,
          problems: r.problems,
        });
        return D.duplicated(reportTitle(document));
      }),
    rename: (id: string, title: string) =>
      run(async () => {
        const r = await loadRecord(store, id);
        const document = renamed(r.document, title);
        await store.save(id, document, r.rev);
        return D.renamed(reportTitle(document));
      }),
  };
}

/** 删除, 恢复, 彻底删除 and 清空回收站. */
function trashActions(store: ReportStore, run: Run) {
  const titleOf = async (id: string) => reportTitle((await loadRecord(store, id)).document);
  return {
    remove: (id: string) =>
      run(async () => {
        await store.remove(id);
        return D.removed(await titleOf(id));
      }),
    restore: (id: string) =>
      run(async () => {
        await store.restore(id);
        return D.restored(await titleOf(id));
      }),
    purge: (id: string) =>
      run(async () => {
        await store.purge(id);
        return D.purged(1);
      }),
    emptyTrash: () => run(async () => D.purged(await store.emptyTrash())),
  };
}

export type DraftActions = ReturnType<typeof useDraftActions>;
