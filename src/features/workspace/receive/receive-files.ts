import {
  classifyReceived,
  sourceContentKey,
  supersededLine,
  type ReceiveLine,
  type ReceivedFile,
  type TemplateDef,
} from '@/domain';
import type { ReportOrigin } from '@/domain/drafts';
import { canonicalizeReport } from '@/io/json-export';
import type { ReportStore } from '@/storage/report-store';
import type { Imported, IncomingFile } from './incoming';
import { receivePackage } from './receive-package';
import {
  agencyYearKey,
  failedLine,
  knownReports,
  receivedProblems,
  type KnownReport,
} from '../logic/received';
import { WR } from '../strings';

// Receiving a batch of files (issue 12 item 2). Each file is read, classified against what is
// stored and what came earlier in the batch (classifyReceived), and written on its own: a new
// report is one create, a newer version one snapshot of the old then one save. One bad file
// never stops the rest. The store is listed once per batch, not per file.

/** The store, the template, the clock and the workspace's year. */
export type ReceiveEnv = {
  store: ReportStore;
  t: TemplateDef;
  now: () => string;
  workspaceYear: number;
};

/** What a batch knows while it runs: stored reports by agency and year, and every stored id. */
export type BatchState = { known: Map<string, KnownReport>; ids: Set<string> };

type Readable = Extract<Imported, { ok: true }>;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function readSafely(file: IncomingFile): Promise<Imported> {
  try {
    return await file.read();
  } catch (e) {
    return { ok: false, error: WR.unreadableFile(messageOf(e)) };
  }
}

function originOf(env: ReceiveEnv, file: IncomingFile, format: string): ReportOrigin {
  return { format, receivedAt: env.now(), modifiedAt: file.modifiedAt };
}

/** A new report from a received file (a 审核包 keeps its id, status, comments and history). */
async function create(env: ReceiveEnv, file: IncomingFile, got: Readable) {
  const origin = originOf(env, file, got.format);
  const pkg = got.package?.parsed;
  const acknowledgements = pkg?.report.acknowledgements ?? [];
  const problems = receivedProblems(env.t, got.document, acknowledgements);
  const review = pkg && {
    comments: pkg.comments,
    events: pkg.events,
    lastExchange: pkg.lastExchange,
    baseline: pkg.report.status === 'returned' ? pkg.report.document : null,
  };
  const created = await env.store.create({
    document: got.document,
    status: pkg?.report.status ?? 'submitted',
    problems,
    origin,
    ...(pkg ? { id: pkg.report.id, acknowledgements, review } : {}),
  });
  return { id: created.id, rev: created.rev };
}

/** Writes what the line says; returns the stored report afterwards (null: nothing written). */
async function write(
  env: ReceiveEnv,
  line: ReceiveLine,
  file: IncomingFile,
  got: Readable,
  target: KnownReport | undefined,
): Promise<KnownReport | null> {
  const version = line.version ?? { contentKey: '', updatedAt: file.modifiedAt };
  if (line.outcome === 'added') return { ...(await create(env, file, got)), version };
  if (!target) return null;
  if (line.outcome === 'older') {
    const old = { document: got.document, status: 'submitted' as const, rev: target.rev };
    const kept = { ...old, updatedAt: file.modifiedAt, acknowledgements: [] };
    await env.store.snapshot(target.id, WR.snapshotOlder(file.name), 'import', kept);
    return null;
  }
  if (line.outcome !== 'updated') return null;
  await env.store.snapshot(target.id, WR.snapshotBeforeUpdate(file.name), 'import');
  const saved = await env.store.save(target.id, got.document, target.rev, {
    status: 'submitted',
    problems: receivedProblems(env.t, got.document),
    origin: originOf(env, file, got.format),
  });
  return { id: target.id, rev: saved.rev, version };
}

function received(file: IncomingFile, got: Imported, t: TemplateDef): ReceivedFile {
  if (!got.ok) return { fileName: file.name, imported: got };
  const contentKey = sourceContentKey(canonicalizeReport(t, got.document));
  const imported = { ok: true as const, document: got.document, contentKey };
  return { fileName: file.name, imported: { ...imported, updatedAt: file.modifiedAt } };
}

/** Receives one file of a batch, as read: appends its line to `lines` (rewriting one it superseded). */
export async function receiveOne(
  env: ReceiveEnv,
  state: BatchState,
  file: IncomingFile,
  got: Imported,
  lines: ReceiveLine[],
): Promise<void> {
  const pkg = got.ok ? got.package : undefined;
  if (got.ok && pkg && state.ids.has(pkg.parsed.report.id)) {
    lines.push(await receivePackage(env, state, file, { ...got, package: pkg }));
    return;
  }
  const key = got.ok ? agencyYearKey(got.document.meta.agency, got.document.meta.year) : '';
  const target = state.known.get(key);
  const context = { workspaceYear: env.workspaceYear, stored: target?.version ?? null };
  let line = classifyReceived(received(file, got, env.t), { ...context, earlier: lines });
  try {
    const stored = got.ok ? await write(env, line, file, got, target) : null;
    if (stored) state.known.set(key, stored);
    if (stored) state.ids.add(stored.id);
  } catch (e) {
    line = failedLine(line, messageOf(e));
  }
  markSuperseded(lines, line.replaces, file.name);
  lines.push(line);
}

/** Rewrites the last line of `fileName`, which the file `by` has just replaced as current. */
function markSuperseded(lines: ReceiveLine[], fileName: string | null, by: string): void {
  for (let i = lines.length - 1; i >= 0 && fileName !== null; i--) {
    const old = lines[i];
    if (old?.fileName !== fileName) continue;
    lines[i] = supersededLine(old, by);
    return;
  }
}

/** What a batch starts from: the stored reports, listed once. */
export async function startBatch(store: ReportStore): Promise<BatchState> {
  const summaries = await store.list();
  return { known: knownReports(summaries), ids: new Set(summaries.map((s) => s.id)) };
}

/** Lets the page paint and take input between files of a long batch. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Receives a batch, file by file; `onProgress` after each. Resolves to one line per file. */
export async function receiveFiles(
  env: ReceiveEnv,
  files: readonly IncomingFile[],
  onProgress?: (done: number) => void,
): Promise<ReceiveLine[]> {
  const state = await startBatch(env.store);
  const lines: ReceiveLine[] = [];
  // Each file is read (and parsed) while the one before is being written: reading depends on
  // nothing stored, and the page would otherwise wait for each write with nothing to do.
  let reading = files[0] && readSafely(files[0]);
  for (const [i, file] of files.entries()) {
    const got = await (reading ?? readSafely(file));
    const next = files[i + 1];
    reading = next && readSafely(next);
    await receiveOne(env, state, file, got, lines);
    onProgress?.(lines.length);
    if (lines.length % 10 === 0) await breathe();
  }
  return lines;
}
