import { useId, useRef, useState } from 'react';
import { Field, FieldInput } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { Button } from '@/components/ui/button';
import { identitySchema } from '@/domain/schema/form-schemas';
import { ROLES, ROLE_LABELS } from '@/domain/workflow';
import { setIdentity, useIdentity } from './use-identity';
import { R } from './strings';

/** 我的身份: name and role, set once (recorded on every action and comment), changeable. */
export function IdentityForm() {
  const identity = useIdentity();
  const [editing, setEditing] = useState(false);
  // Saved: the form goes, and the focus with it; it lands on 更改身份 (in 设置, Esc still closes).
  const saved = useRef(false);
  const focusIfSaved = (button: HTMLButtonElement | null) => {
    if (!button || !saved.current) return;
    saved.current = false;
    button.focus();
  };
  if (identity && !editing) {
    return (
      <div className="review-identity" data-identity={identity.role}>
        <span>
          {R.identityTitle}：{R.identityShown(identity.name, ROLE_LABELS[identity.role])}
        </span>
        <Button ref={focusIfSaved} size="sm" variant="ghost" onClick={() => setEditing(true)}>
          {R.changeIdentity}
        </Button>
      </div>
    );
  }
  const done = () => {
    saved.current = true;
    setEditing(false);
  };
  return <IdentityEditor onDone={done} />;
}

const schema = identitySchema();

function IdentityEditor({ onDone }: { onDone: () => void }) {
  const identity = useIdentity();
  const idBase = useId();
  const form = useZodForm(schema, {
    defaultValues: { name: identity?.name ?? '', role: identity?.role ?? 'preparer' },
  });
  const [failed, setFailed] = useState(false);
  const submit = form.handleSubmit((v) => {
    if (!setIdentity(v)) return setFailed(true);
    onDone();
  });
  return (
    <form className="review-identity" aria-label={R.identityTitle} noValidate onSubmit={submit}>
      <p className="review-identity-title">{R.identityTitle}</p>
      <Field
        label={R.name}
        name="name"
        idBase={`${idBase}-name`}
        error={form.formState.errors.name?.message}
        hint={R.identityHint}
      >
        <FieldInput {...form.register('name')} autoComplete="name" />
      </Field>
      <fieldset className="review-roles">
        <legend>{R.role}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="radio" {...form.register('role')} value={r} />
            {ROLE_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <SubmitButton form={form} size="sm">
        {R.saveIdentity}
      </SubmitButton>
      {failed && <p role="alert">{R.identitySaveFailed}</p>}
    </form>
  );
}
