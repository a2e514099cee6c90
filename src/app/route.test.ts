import { describe, expect, it } from 'vitest';
import { parseRoute, reportSearch } from './route';

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
  ])('%s', (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it('round-trips a report id', () => {
    expect(parseRoute(reportSearch('a b&c'))).toEqual({ kind: 'report', id: 'a b&c' });
  });
});
