import { z } from 'zod';
import { REPORT_STATUSES } from '../../domain/drafts/record';
import { RULE_ORDER } from '../../domain/rules/check-report';
import { ROLES, WORKFLOW_ACTIONS } from '../../domain/workflow/types';
import type { CommentThread } from '../../domain/workflow/comments';
import type { WorkflowEvent } from '../../domain/workflow/types';
import type { Acknowledgement } from '../../domain/drafts/record';

// Shapes of the parts of a review package besides the document (which the report importer
// checks). Extra keys are dropped, so a later minor addition does not break older readers.

const text = z.string();
const nonEmpty = z.string().min(1);
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '不是有效的时间');
const actor = z.object({ name: text, role: z.enum(ROLES) });

const anchor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cell'), path: nonEmpty }),
  z.object({ type: z.literal('row'), path: nonEmpty }),
  z.object({ type: z.literal('section'), key: nonEmpty }),
  z.object({ type: z.literal('problem'), rule: z.enum(RULE_ORDER), fields: z.array(text) }),
]);

const message = z.object({ id: nonEmpty, author: actor, at: iso, text });

const thread = z.object({
  id: nonEmpty,
  anchor,
  messages: z.array(message),
  resolved: z.boolean(),
  resolvedBy: actor.optional(),
  resolvedAt: iso.optional(),
  reopenedBy: actor.optional(),
  reopenedAt: iso.optional(),
});

const event = z.object({
  id: nonEmpty,
  action: z.enum(WORKFLOW_ACTIONS),
  at: iso,
  actor,
  reason: text.optional(),
  fromStatus: z.enum(REPORT_STATUSES),
  toStatus: z.enum(REPORT_STATUSES),
  rev: z.number().int().min(0),
});

const acknowledgement = z.object({ rule: text, fields: z.array(text), reason: text, at: text });

/** The package envelope apart from the document. */
export const packageSchema = z.object({
  exportedAt: iso,
  report: z.object({
    id: nonEmpty,
    status: z.enum(REPORT_STATUSES),
    rev: z.number().int().min(0),
    updatedAt: iso,
    acknowledgements: z.array(acknowledgement).default([]),
    document: z.unknown(),
  }),
  comments: z.array(thread).default([]),
  events: z.array(event).default([]),
  lastExchange: z.object({ documentKey: nonEmpty, at: iso }),
});

// Compile-time check that the schemas produce the domain types (a mismatch fails tsc here).
type Parsed = z.infer<typeof packageSchema>;
const _schemaMatchesDomain: [
  Parsed['comments'] extends CommentThread[] ? true : never,
  Parsed['events'] extends WorkflowEvent[] ? true : never,
  Parsed['report']['acknowledgements'] extends Acknowledgement[] ? true : never,
] = [true, true, true];
