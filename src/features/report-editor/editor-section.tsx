import type { ReactNode } from 'react';
import type { SectionDef } from '@/domain';

/**
 * One section of the report as the editor shows it: a landmark named by its official heading,
 * which the section navigator and the problem list focus (id `section-<key>`, heading focusable).
 */
export function EditorSection({ section, children }: { section: SectionDef; children: ReactNode }) {
  const titleId = `section-${section.key}-title`;
  return (
    <section id={`section-${section.key}`} className="editor-section" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        {section.title}
      </h2>
      {children}
    </section>
  );
}
