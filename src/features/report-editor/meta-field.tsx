import { MetaFieldView } from './meta-field-view';
import { useMetaField, type MetaFieldInput } from './use-meta-field';

export type { MetaForm, MetaSchema } from './use-meta-field';

type Props = MetaFieldInput & {
  label: string;
  type?: 'text' | 'date';
  placeholder?: string;
  className?: string;
};

/**
 * One field of 报告信息 in the form. The form validates what is typed; a valid value is previewed
 * while typed and committed to the editor's store on blur or Enter (one undo step); an invalid one
 * never reaches the store. When the stored value changes (undo, paste, restore), the field follows.
 */
export function MetaField(props: Props) {
  const { field, label, type = 'text' } = props;
  const { registered, onKeyDown, error } = useMetaField(props);
  return (
    <MetaFieldView
      field={field}
      label={label}
      error={error}
      className={props.className}
      input={{ ...registered, type, placeholder: props.placeholder, onKeyDown }}
    />
  );
}
