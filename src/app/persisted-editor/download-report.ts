import { gov2021, reportTitle, type ReportDocument } from '@/domain';
import { exportJson } from '@/io/json-export';
import { downloadText } from '@/components/download-text';

/** Downloads a report as a JSON file: the way out when the browser refuses to store it. */
export function downloadReport(doc: ReportDocument): void {
  downloadText(`${reportTitle(doc)}.json`, exportJson(gov2021, doc));
}
