import { z } from 'zod';
import type { CellKind, TemplateDef } from '../template/types';
import { listInputCells, listNarratives } from '../template/cells';
import { REPORT_KIND, SCHEMA_VERSION } from '../report/document';
import { checkCellValue } from '../values/normalize';
import { reportMetaShape } from './meta-schema';

type Shape = { [key: string]: z.ZodType | Shape };

function cellSchema(kind: CellKind): z.ZodType {
  return z
    .number()
    .nullable()
    .superRefine((v, ctx) => {
      const reason = checkCellValue(v, kind);
      if (reason) ctx.addIssue({ code: 'custom', message: reason });
    });
}

function place(shape: Shape, path: string, leaf: z.ZodType): void {
  const keys = path.split('.');
  const last = keys.pop();
  if (last === undefined) return;
  let node = shape;
  for (const k of keys) {
    const next = node[k];
    if (next === undefined || next instanceof z.ZodType) node = node[k] = {};
    else node = next;
  }
  node[last] = leaf;
}

function toZod(shape: Shape): z.ZodObject {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) out[k] = v instanceof z.ZodType ? v : toZod(v);
  return z.object(out);
}

/** The zod schema of a report document, derived from the template (every cell and narrative). */
export function buildReportSchema(t: TemplateDef): z.ZodObject {
  const shape: Shape = {
    kind: z.literal(REPORT_KIND),
    schemaVersion: z.literal(SCHEMA_VERSION),
    template: z.literal(t.id),
    // The meta's fields are zod/mini schemas (meta-schema.ts): same core, so they nest in zod's.
    meta: z.object(reportMetaShape()),
  };
  for (const n of listNarratives(t)) place(shape, n.path, z.string());
  for (const c of listInputCells(t)) place(shape, c.path, cellSchema(c.kind));
  return toZod(shape);
}
