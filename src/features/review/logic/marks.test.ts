import { describe, expect, it } from 'vitest';
import { gov2021, sample2021, setAtPath } from '@/domain';
import type { CommentThread, WorkflowEvent } from '@/domain/workflow';
import { diffReports } from '@/domain/workflow/changes';
import { printApproval } from '../approval';
import { buildMarks } from './marks';

const author = { name: '李主任', role: 'reviewer' as const };
const at = '2025-01-10T16:30:00.000Z';
const thread = (id: string, path: string, resolved = false): CommentThread => ({
  id,
  anchor: { type: 'cell', path },
  messages: [{ id: `${id}-m`, author, at, text: '请核对' }],
  resolved,
});

describe('review markers and the printed approval', () => {
  it('counts open comments per cell and shows changed cells old → new', () => {
    const after = setAtPath(sample2021, 'proactive.licensing', null);
    const changes = diffReports(gov2021, sample2021, after);
    const threads = [
      thread('a', 'proactive.licensing'),
      thread('b', 'proactive.licensing'),
      thread('c', 'proactive.coercion', true),
    ];
    const marks = buildMarks(threads, changes);
    expect(marks.comments.get('proactive.licensing')).toBe(2);
    expect(marks.comments.has('proactive.coercion')).toBe(false);
    expect([...marks.changed.entries()]).toEqual([
      ['proactive.licensing', `${String(sample2021.proactive.licensing)} → （空）`],
    ]);
    expect(buildMarks([], null).changed.size).toBe(0);
  });

  it('prints the approval of a 已定稿 report only', () => {
    const approve: WorkflowEvent = {
      id: 'e',
      action: 'approve',
      at,
      actor: author,
      fromStatus: 'submitted',
      toStatus: 'approved',
      rev: 3,
    };
    expect(printApproval('approved', [approve])).toEqual({
      reviewer: '李主任',
      date: expect.stringMatching(/^2025-01-1[01]$/),
    });
    expect(printApproval('submitted', [approve])).toBeUndefined();
  });
});
