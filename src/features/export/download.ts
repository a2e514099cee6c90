import { downloadBlob, downloadText } from '@/components/download-text';
import type { ExportFile } from './export-options';
import type { BinaryExportFile } from './office-export';

/** Saves an export through the browser's download (Blob + object URL + `<a download>`). */
export function downloadFile(file: ExportFile): void {
  downloadText(file.name, file.content, file.mime);
}

/** Saves a Word or Excel file through the browser's download. */
export function downloadBinary(file: BinaryExportFile): void {
  downloadBlob(file.name, file.bytes as Uint8Array<ArrayBuffer>, file.mime);
}
