// The public surface of the pure domain: template, document, values, totals, rules.
export * from './template';
export * from './report/document';
export * from './values/normalize';
export * from './compute/totals';
export * from './compute/update-totals';
// The zod schemas (schema/) are imported from their modules: through this index, every screen's
// first chunk would carry zod, which only the importers and the forms (loaded later) need.
export * from './rules';
export { sample2021 } from './samples/sample-2021';
export * from './layout/table-layout';
export * from './layout/signature-layout';
export * from './workflow';
export * from './consolidate';
export * from './workspace';
