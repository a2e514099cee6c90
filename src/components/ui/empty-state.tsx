import type { ReactNode } from 'react';

/** What an empty list or screen shows: what is missing and the ways to begin. */
export function EmptyState({
  title,
  description,
  actions,
  icon,
}: {
  readonly title: string;
  readonly description?: ReactNode;
  readonly actions?: ReactNode;
  readonly icon?: ReactNode;
}) {
  return (
    <div className="ui-empty">
      {icon !== undefined && (
        <div className="ui-empty-icon" aria-hidden="true">
          {icon}
        </div>
      )}
      <p className="ui-empty-title">{title}</p>
      {description !== undefined && <p className="ui-empty-description">{description}</p>}
      {actions !== undefined && <div className="ui-empty-actions">{actions}</div>}
    </div>
  );
}
