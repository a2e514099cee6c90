// Exports (issue 5): the 导出 menu. The print preview and the builders behind the menu (text,
// JSON, printable HTML) are loaded by the menu when first needed; import them from their own
// modules (`./print-preview`, `./export-options`) where they are wanted up front.
export { ExportMenu, type ExportMenuProps } from './export-menu';
export type { ExportContext, ExportFile, ExportFormat } from './export-options';
