/** How much of the report reached the clipboard. */
export type CopyOutcome = 'textAndHtml' | 'textOnly';

/**
 * Puts the report on the clipboard as text/plain and text/html at once, so that a web editor or
 * Word pastes the tables as tables and a plain-text field gets the text layout. Browsers without
 * ClipboardItem get the text only. Rejects when the browser refuses clipboard access.
 */
export async function copyReport(text: string, html: string): Promise<CopyOutcome> {
  if (typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function') {
    const item = new ClipboardItem({
      'text/plain': new Blob([text], { type: 'text/plain' }),
      'text/html': new Blob([html], { type: 'text/html' }),
    });
    await navigator.clipboard.write([item]);
    return 'textAndHtml';
  }
  await navigator.clipboard.writeText(text);
  return 'textOnly';
}
