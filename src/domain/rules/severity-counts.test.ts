import { describe, expect, it } from 'vitest';
import { severityCounts } from './severity-counts';
import type { Violation } from './types';

const v = (severity: Violation['severity']): Violation => ({
  rule: 'balance',
  severity,
  fields: [],
  section: 'requests',
  message: '',
});

describe('severityCounts', () => {
  it('counts errors and warnings apart', () => {
    expect(severityCounts([v('error'), v('warning'), v('warning')])).toEqual({
      errors: 1,
      warnings: 2,
    });
  });
  it('is zero for a report without problems', () => {
    expect(severityCounts([])).toEqual({ errors: 0, warnings: 0 });
  });
});
