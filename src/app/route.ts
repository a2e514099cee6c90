// Routing by query string: the app is one static page that works offline, so the address only
// names what to show. Pure: parse a `location.search`, build one.

/** What the address asks for. */
export type Route =
  | { kind: 'drafts' }
  | { kind: 'report'; id: string }
  | { kind: 'demo'; blank: boolean }
  | { kind: 'sample' };

/** The route of a query string such as `?report=…`, `?demo=sample&new=1`, `?view=sample`. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const id = params.get('report');
  if (id !== null && id.trim() !== '') return { kind: 'report', id: id.trim() };
  if (params.get('demo') === 'sample') return { kind: 'demo', blank: params.get('new') === '1' };
  if (params.get('view') === 'sample') return { kind: 'sample' };
  return { kind: 'drafts' };
}

/** The query string of a report's own address. */
export function reportSearch(id: string): string {
  return `?${new URLSearchParams({ report: id }).toString()}`;
}
