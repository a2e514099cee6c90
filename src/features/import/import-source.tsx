import { useId, useState, type ClipboardEvent } from 'react';
import { S } from './strings';

// Extensions and MIME types of every format the importer reads (the bytes decide, not the name).
const ACCEPT = [
  '.docx,.pdf,.xlsx,.txt,.html,.htm,.json',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/plain,text/html,application/json',
].join(',');

type ImportSourceProps = {
  readonly onFile: (file: File) => void;
  readonly onText: (content: string) => void;
  readonly disabled: boolean;
};

/**
 * Where a report comes from: a file, or text pasted into the box. A paste that carries HTML (a
 * web page or Word copied with the mouse) is read at once from its HTML, tables and all; the box
 * shows its plain text. Typed or plain pasted text is read with the button.
 */
export function ImportSource({ onFile, onText, disabled }: ImportSourceProps) {
  const id = useId();
  const [text, setText] = useState('');

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>): void {
    const html = e.clipboardData.getData('text/html');
    if (html.trim() === '') return;
    e.preventDefault();
    setText(e.clipboardData.getData('text/plain'));
    onText(html);
  }

  return (
    <div className="import-source">
      <label className="import-file">
        {S.file}
        <input
          type="file"
          name="reportFile"
          accept={ACCEPT}
          aria-describedby={`${id}-drop`}
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p id={`${id}-drop`} className="import-hint">
        {S.dropHint}
      </p>
      <label htmlFor={`${id}-paste`}>{S.paste}</label>
      <p id={`${id}-hint`} className="import-hint">
        {S.pasteHint}
      </p>
      <textarea
        id={`${id}-paste`}
        name="reportText"
        rows={6}
        aria-describedby={`${id}-hint`}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onPaste={onPaste}
      />
      <button type="button" disabled={disabled} onClick={() => onText(text)}>
        {S.read}
      </button>
    </div>
  );
}
