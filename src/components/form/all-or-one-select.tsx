// The list filters' select: 全部 (the empty value) or one of the given choices. The drafts list
// filters by year and status, the workspace by its own statuses; they differ only in choices.

/** One choice of the select: its value and what it shows. */
export type Choice = { readonly value: string; readonly label: string };

type Props = {
  /** The chosen value; '' for 全部. */
  value: string;
  allLabel: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
  'aria-label'?: string;
};

/** A select of 全部 ('') or one choice. */
export function AllOrOneSelect({ value, allLabel, choices, onChange, ...aria }: Props) {
  return (
    <select {...aria} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{allLabel}</option>
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}
