import { useId, useState } from 'react';
import type { Violation } from '@/domain/rules/types';
import type { CommentAnchor } from '@/domain/workflow';
import {
  ANCHOR_TYPES,
  anchorOptions,
  defaultTarget,
  toAnchor,
  type AnchorType,
} from './logic/anchors';
import { Field, FieldSelect } from '@/components/form/field';
import { ReasonForm } from './reason-form';
import { R } from './strings';

type Props = {
  /** The field last clicked or focused in the report. */
  selected: string | null;
  /** The problems the rules find now (for anchors on a problem). */
  getProblems: () => Violation[];
  disabled: boolean;
  onAdd: (anchor: CommentAnchor, text: string) => Promise<unknown>;
};

/**
 * What a new comment is about: the kind of anchor and its target, which follows the field last
 * selected in the report; the anchor (null until a target is chosen).
 */
function useAnchorChoice(selected: string | null, getProblems: () => Violation[]) {
  const [type, setType] = useState<AnchorType>('cell');
  const [target, setTarget] = useState(() => defaultTarget('cell', selected));
  const [seen, setSeen] = useState(selected);
  if (seen !== selected) {
    // A cell clicked in the report becomes the target (state adjusted while rendering).
    setSeen(selected);
    setTarget(defaultTarget(type, selected));
  }
  const problems = type === 'problem' ? getProblems() : [];
  const changeType = (next: AnchorType) => {
    setType(next);
    setTarget(defaultTarget(next, selected));
  };
  const options = anchorOptions(type, problems);
  return { type, changeType, target, setTarget, options, anchor: toAnchor(type, target, problems) };
}

type AnchorChoice = ReturnType<typeof useAnchorChoice>;

// The two fields are plain render functions, not components: their ids come from `useId` in
// the form itself, so they stay what they were.

/** 意见针对: the kind of anchor. */
function anchorTypeField(idBase: string, { type, changeType }: AnchorChoice) {
  return (
    <Field label={R.anchorType} name="anchorType" idBase={idBase} className="field-block">
      <FieldSelect
        name="anchorType"
        value={type}
        onChange={(e) => changeType(e.target.value as AnchorType)}
      >
        {ANCHOR_TYPES.map((a) => (
          <option key={a} value={a}>
            {R.anchorTypes[a]}
          </option>
        ))}
      </FieldSelect>
    </Field>
  );
}

/** 对象: the anchor's target among the options of its kind (a placeholder first). */
function anchorTargetField(idBase: string, { target, setTarget, options }: AnchorChoice) {
  return (
    <Field
      label={R.anchorTarget}
      name="anchorTarget"
      idBase={idBase}
      hint={R.selectHint}
      className="field-block"
    >
      <FieldSelect name="anchorTarget" value={target} onChange={(e) => setTarget(e.target.value)}>
        <option value="">{options.length === 0 ? R.noProblems : '—'}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </FieldSelect>
    </Field>
  );
}

/** 添加意见: what the comment is about (a cell, a row, a section, a problem) and its text. */
export function NewCommentForm({ selected, getProblems, disabled, onAdd }: Props) {
  const choice = useAnchorChoice(selected, getProblems);
  const { anchor } = choice;
  const typeId = useId();
  const targetId = useId();
  return (
    <div className="new-comment" role="group" aria-label={R.newComment}>
      {anchorTypeField(typeId, choice)}
      {anchorTargetField(targetId, choice)}
      <ReasonForm
        kind="comment"
        label={R.commentText}
        submitLabel={R.addComment}
        disabled={disabled || anchor === null}
        onSubmit={(text) => (anchor ? onAdd(anchor, text) : Promise.resolve())}
      />
    </div>
  );
}
