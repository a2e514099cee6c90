// Exports (issue 5): the 导出 menu, the print preview and the pure builders behind them.
export { ExportMenu, type ExportMenuProps } from './export-menu';
export { PrintPreview } from './print-preview';
export {
  buildClipboardContent,
  buildClipboardHtml,
  buildExportFile,
  buildFileName,
  buildJsonContent,
  buildPrintHtml,
  isDraftStatus,
  type ExportContext,
  type ExportFile,
  type ExportFormat,
} from './export-options';
