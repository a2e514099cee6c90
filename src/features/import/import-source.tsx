import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { Field, FieldTextarea } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { FilePicker } from '@/components/ui/file-picker';
import { pasteImportSchema } from '@/domain/schema/form-schemas';
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

/** A file: picked with the button or dropped on the zone (the page's drop opens the dialog). */
function DropZone({ onFile, disabled }: Omit<ImportSourceProps, 'onText'>) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className="import-drop"
      data-over={over || undefined}
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="import-drop-text">{S.dropHere}</p>
      <FilePicker
        label={S.pick}
        inputLabel={S.file}
        accept={ACCEPT}
        variant="primary"
        disabled={disabled}
        onFiles={([file]) => file && onFile(file)}
      />
      <p className="import-hint">{S.formatsHint}</p>
    </div>
  );
}

const schema = pasteImportSchema();

/**
 * Text pasted into the box. A paste that carries HTML (a web page or Word copied with the mouse)
 * is read at once from its HTML, tables and all; the box shows its plain text. Typed or plain
 * pasted text is read with the button, enabled once the box holds text.
 */
function PasteBox({ onText, disabled }: Omit<ImportSourceProps, 'onFile'>) {
  const form = useZodForm(schema, { defaultValues: { text: '' } });
  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>): void {
    const html = e.clipboardData.getData('text/html');
    if (html.trim() === '') return;
    e.preventDefault();
    form.setValue('text', e.clipboardData.getData('text/plain'), { shouldValidate: true });
    onText(html);
  }
  return (
    <form
      className="import-paste"
      aria-label={S.pasteForm}
      noValidate
      onSubmit={form.handleSubmit((v) => onText(v.text))}
    >
      <Field
        label={S.paste}
        name="text"
        idBase="import-paste"
        hint={S.pasteHint}
        error={form.formState.errors.text?.message}
      >
        <FieldTextarea {...form.register('text')} rows={5} disabled={disabled} onPaste={onPaste} />
      </Field>
      <SubmitButton form={form} variant="secondary" disabled={disabled}>
        {S.read}
      </SubmitButton>
    </form>
  );
}

/** Where a report comes from: a file (picked or dropped), or text pasted into the box. */
export function ImportSource({ onFile, onText, disabled }: ImportSourceProps) {
  return (
    <div className="import-source">
      <DropZone onFile={onFile} disabled={disabled} />
      <PasteBox onText={onText} disabled={disabled} />
    </div>
  );
}
