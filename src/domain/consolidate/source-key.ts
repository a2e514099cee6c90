import type { ReportDocument } from '../report/document';
import { hashString, stableStringify } from '../drafts/content-key';

/**
 * The key of a source document's content, used when the caller passes no `contentKey` of its
 * own (the CLI, which has files, not stored records). Same document, same key, whatever the
 * order of its JSON keys.
 */
export function sourceContentKey(doc: ReportDocument): string {
  return hashString(stableStringify(doc));
}
