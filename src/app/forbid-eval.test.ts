import { describe, expect, it } from 'vitest';
import { forbidEval } from './forbid-eval';

describe('a page that allows no eval', () => {
  it('makes zod, loaded afterwards, parse without compiling (jitless)', async () => {
    forbidEval();
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ agency: z.string(), year: z.number().int() });
    expect(schema.safeParse({ agency: '某局', year: 2024 }).success).toBe(true);
    expect(schema.safeParse({ agency: '某局', year: 'x' }).success).toBe(false);
  });
});
