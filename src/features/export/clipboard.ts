/** How much of the report reached the clipboard. */
export type CopyOutcome = 'textAndHtml' | 'textOnly';

/**
 * Puts the report on the clipboard as text/plain and text/html at once, so that a web editor or
 * Word pastes the tables as tables and a plain-text field gets the text layout. Browsers without
 * ClipboardItem get the text only, and those without the Clipboard API the page's copy command.
 * Rejects when the browser refuses clipboard access.
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
  if (typeof navigator.clipboard?.writeText === 'function') {
    await navigator.clipboard.writeText(text);
    return 'textOnly';
  }
  return copyWithCommand(text, html);
}

/**
 * The page's own copy command, where the Clipboard API is missing (it exists only in secure
 * contexts: an intranet serving the app over plain HTTP has none): its copy event carries both
 * forms. Rejects when the browser refuses the command.
 */
function copyWithCommand(text: string, html: string): Promise<CopyOutcome> {
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', text);
    e.clipboardData?.setData('text/html', html);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    if (!document.execCommand('copy')) return Promise.reject(new Error('copy refused'));
    return Promise.resolve('textAndHtml');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
