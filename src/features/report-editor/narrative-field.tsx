import { memo } from 'react';
import type { NarrativeDef } from '@/domain';
import { TextField } from './text-field';
import { S } from './strings';

/** A narrative field: its official heading (（一）主动公开情况 …) and a growing text area. */
export const NarrativeField = memo(function NarrativeField({
  def,
  single,
}: {
  def: NarrativeDef;
  /** The section's only field: the section title already names it. */
  single: boolean;
}) {
  const headingId = `heading-${def.path}`;
  const heading = def.heading || (def.required ? def.label : S.introLabel);
  return (
    <div className="narrative">
      {single ? null : def.heading ? (
        <h3 id={headingId}>{heading}</h3>
      ) : (
        <p id={headingId} className="narrative-label">
          {heading}
        </p>
      )}
      <TextField
        path={def.path}
        multiline
        labelledBy={single ? undefined : headingId}
        label={single ? def.label : undefined}
        className="narrative-field"
      />
    </div>
  );
});
