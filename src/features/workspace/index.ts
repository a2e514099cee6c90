// The office workspace (汇总工作台, issue 12): receive a year's reports, check and review them
// together, keep the roster, export the table and the 审核包, and start a 汇总.
export { WorkspacePage, type WorkspacePageProps } from './workspace-page';
export type { ConsolidateOutcome, ConsolidateRequest } from './consolidate-dialog';
export { W as WORKSPACE_TEXT } from './strings';
