/** Offers `content` as a file download (the browser's own save dialog or downloads folder). */
export function downloadBlob(fileName: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `text` as a file download (the browser's own save dialog or downloads folder). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, text, type);
}
