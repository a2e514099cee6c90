import { useId, useState, type FormEvent } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '@/domain/workflow';
import { setIdentity, useIdentity } from './use-identity';
import { R } from './strings';

/** 我的身份: name and role, set once (recorded on every action and comment), changeable. */
export function IdentityForm() {
  const identity = useIdentity();
  const [editing, setEditing] = useState(false);
  if (identity && !editing) {
    return (
      <div className="review-identity" data-identity={identity.role}>
        <span>
          {R.identityTitle}：{R.identityShown(identity.name, ROLE_LABELS[identity.role])}
        </span>
        <button type="button" onClick={() => setEditing(true)}>
          {R.changeIdentity}
        </button>
      </div>
    );
  }
  return <IdentityEditor onDone={() => setEditing(false)} />;
}

function IdentityEditor({ onDone }: { onDone: () => void }) {
  const identity = useIdentity();
  const [name, setName] = useState(identity?.name ?? '');
  const [role, setRole] = useState<Role>(identity?.role ?? 'preparer');
  const [error, setError] = useState('');
  const hintId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim() === '') return setError(R.identityNeeded);
    if (!setIdentity({ name, role })) setError(R.identitySaveFailed);
    onDone();
  }
  return (
    <form className="review-identity" aria-label={R.identityTitle} onSubmit={submit}>
      <label>
        {R.name}
        <input
          name="identity-name"
          value={name}
          autoComplete="name"
          aria-describedby={hintId}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <fieldset className="review-roles">
        <legend>{R.role}</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="identity-role"
              value={r}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            {ROLE_LABELS[r]}
          </label>
        ))}
      </fieldset>
      <button type="submit">{R.saveIdentity}</button>
      <span id={hintId} className="review-hint">
        {R.identityHint}
      </span>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}
