// Routing by query string: the app is one static page that works offline, so the address only
// names what to show. Pure: parse a `location.search`, build one.

/** What the address asks for. */
export type Route =
  | { kind: 'drafts' }
  | { kind: 'report'; id: string }
  | { kind: 'demo'; blank: boolean }
  | { kind: 'sample' }
  /** The office workspace of a year; null: no (valid) year given, the screen picks one. */
  | { kind: 'workspace'; year: number | null };

/** Years the workspace accepts in its address. */
const WORKSPACE_YEAR = /^(19|20)\d\d$/;

/** The route of a query string such as `?report=…`, `?demo=sample&new=1`, `?workspace=2024`. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const id = params.get('report');
  if (id !== null && id.trim() !== '') return { kind: 'report', id: id.trim() };
  if (params.get('demo') === 'sample') return { kind: 'demo', blank: params.get('new') === '1' };
  if (params.get('view') === 'sample') return { kind: 'sample' };
  const workspace = params.get('workspace');
  if (workspace !== null) {
    const year = workspace.trim();
    return { kind: 'workspace', year: WORKSPACE_YEAR.test(year) ? Number(year) : null };
  }
  return { kind: 'drafts' };
}

/**
 * Whether the screen of `route` starts from the list of reports: the list itself, the workspace,
 * and the editor (it looks for last year's report in it). Its read is started ahead of the code.
 */
export function readsReportList(route: Route): boolean {
  return route.kind === 'drafts' || route.kind === 'report' || route.kind === 'workspace';
}

/** The query string of a report's own address. */
export function reportSearch(id: string): string {
  return `?${new URLSearchParams({ report: id }).toString()}`;
}

/** The query string of the workspace of `year`. */
export function workspaceSearch(year: number): string {
  return `?${new URLSearchParams({ workspace: String(year) }).toString()}`;
}
