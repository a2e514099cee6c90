import { downloadText } from '@/components/download-text';
import type { ExportFile } from './export-options';

/** Saves an export through the browser's download (Blob + object URL + `<a download>`). */
export function downloadFile(file: ExportFile): void {
  downloadText(file.name, file.content, file.mime);
}
