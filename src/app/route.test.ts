import { describe, expect, it } from 'vitest';
import { parseRoute, readsReportList, reportSearch, workspaceSearch } from './route';

describe('parseRoute', () => {
  it.each([
    ['', { kind: 'drafts' }],
    ['?foo=1', { kind: 'drafts' }],
    ['?report=abc', { kind: 'report', id: 'abc' }],
    ['?report=', { kind: 'drafts' }],
    ['?demo=sample', { kind: 'demo', blank: false }],
    ['?demo=sample&new=1', { kind: 'demo', blank: true }],
    ['?demo=other', { kind: 'drafts' }],
    ['?view=sample', { kind: 'sample' }],
    ['?report=x&demo=sample', { kind: 'report', id: 'x' }],
    ['?workspace=2024', { kind: 'workspace', year: 2024 }],
    ['?workspace=', { kind: 'workspace', year: null }],
    ['?workspace=24', { kind: 'workspace', year: null }],
    ['?workspace=abcd', { kind: 'workspace', year: null }],
    ['?report=x&workspace=2024', { kind: 'report', id: 'x' }],
  ])('%s', (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it('round-trips a report id', () => {
    expect(parseRoute(reportSearch('a b&c'))).toEqual({ kind: 'report', id: 'a b&c' });
  });
});

describe('workspaceSearch', () => {
  it("round-trips a workspace's year", () => {
    expect(parseRoute(workspaceSearch(2024))).toEqual({ kind: 'workspace', year: 2024 });
  });
});

describe('readsReportList', () => {
  it('is true for the screens that start from the list of reports, and only those', () => {
    const reads = ['', '?report=x', '?workspace=2024', '?demo=sample', '?view=sample'].map((s) =>
      readsReportList(parseRoute(s)),
    );
    expect(reads).toEqual([true, true, true, false, false]);
  });
});
