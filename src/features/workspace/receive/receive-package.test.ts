import { describe, expect, it } from 'vitest';
import { createEmptyReport, gov2021, setAtPath, type ReportDocument } from '@/domain';
import {
  createReviewPackage,
  parseReviewPackage,
  serializeReviewPackage,
} from '@/io/review-package';
import { createMemoryStore } from '@/storage/memory-store';
import { testEnv } from '@/storage/report-store.contract-helpers';
import { receiveFiles } from './receive-files';
import type { IncomingFile } from './incoming';

// A 审核包 received in the workspace keeps its id, status, comments and history; received again
// unchanged it is 与已存相同; a newer one from the department is merged by the review rules.

const doc = (licensing: number): ReportDocument =>
  setAtPath(
    createEmptyReport(gov2021, { agency: '甲局', year: 2024 }),
    'proactive.licensing',
    licensing,
  );

function packageFile(name: string, document: ReportDocument, at: string): IncomingFile {
  const report = {
    id: 'dept-1',
    document,
    status: 'submitted' as const,
    rev: 3,
    updatedAt: at,
    acknowledgements: [],
  };
  const comment = {
    id: 'c1',
    anchor: { type: 'section' as const, key: 'overview' },
    messages: [
      { id: 'm1', author: { name: '李填报', role: 'preparer' as const }, at, text: '请审核' },
    ],
    resolved: false,
  };
  const text = serializeReviewPackage(
    createReviewPackage(gov2021, { report, comments: [comment], events: [] }, at),
  );
  return {
    name,
    modifiedAt: at,
    read: async () => {
      const parsed = parseReviewPackage(gov2021, text);
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        document: parsed.package.report.document,
        format: 'review-package',
        package: { parsed: parsed.package, text },
      };
    },
  };
}

describe('receiving 审核包', () => {
  it('adds, recognises the same package, and merges a newer one', async () => {
    const store = createMemoryStore(testEnv());
    const env = { store, t: gov2021, now: () => '2025-01-31T09:00:00.000Z', workspaceYear: 2024 };
    const first = await receiveFiles(env, [
      packageFile('a.json', doc(1), '2025-01-10T00:00:00.000Z'),
    ]);
    expect(first[0]?.label).toBe('新增');
    const loaded = await store.load('dept-1');
    expect(loaded?.ok && loaded.record).toMatchObject({
      status: 'submitted',
      origin: { format: 'review-package', receivedAt: env.now() },
    });
    expect(loaded?.ok && loaded.record.review.comments).toHaveLength(1);

    const again = await receiveFiles(env, [
      packageFile('a.json', doc(1), '2025-01-10T00:00:00.000Z'),
    ]);
    expect(again[0]?.label).toBe('与已存相同');

    const newer = await receiveFiles(env, [
      packageFile('b.json', doc(7), '2025-01-20T00:00:00.000Z'),
    ]);
    expect(newer[0]?.label).toBe('已更新');
    const after = await store.load('dept-1');
    expect(after?.ok && after.record.document.proactive.licensing).toBe(7);
    expect(after?.ok && after.record.origin?.modifiedAt).toBe('2025-01-20T00:00:00.000Z');
    expect(await store.list()).toHaveLength(1);
  });
});
