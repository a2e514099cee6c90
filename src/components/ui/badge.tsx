import type { ReactNode } from 'react';

/** What a badge says about its subject: neutral, information, done, needs a look, wrong. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** A small coloured label (a status, a count of problems). */
export function Badge({
  tone = 'neutral',
  children,
  className,
}: {
  readonly tone?: BadgeTone;
  readonly children: ReactNode;
  readonly className?: string;
}) {
  return (
    <span className={`badge badge-${tone}${className ? ` ${className}` : ''}`}>{children}</span>
  );
}
