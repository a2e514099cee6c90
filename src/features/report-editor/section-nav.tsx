import { useMemo } from 'react';
import type { Violation } from '@/domain';
import { violationKey, type Acknowledgements } from './logic/derive';
import { sectionTitles } from './problem-list';
import { focusSection } from './focus-field';
import { useStore } from './store-context';
import { useAcknowledgements, useViolations } from './use-violations';
import { S } from './strings';

type Count = { errors: number; warnings: number };

function countBySection(
  violations: readonly Violation[],
  acks: Acknowledgements,
): Map<string, Count> {
  const out = new Map<string, Count>();
  for (const v of violations) {
    const c = out.get(v.section) ?? { errors: 0, warnings: 0 };
    if (v.severity === 'error') c.errors += 1;
    else if (!acks.has(violationKey(v))) c.warnings += 1;
    out.set(v.section, c);
  }
  return out;
}

/** Section navigator: the report's parts in official order with each one's problem count. */
export function SectionNav() {
  const store = useStore();
  const violations = useViolations();
  const acks = useAcknowledgements();
  const counts = useMemo(() => countBySection(violations, acks), [violations, acks]);
  const titles = sectionTitles(store.template);
  return (
    <nav className="section-nav" aria-label={S.navLabel}>
      <ol>
        {[...titles].map(([key, title]) => {
          const c = counts.get(key) ?? { errors: 0, warnings: 0 };
          return (
            <li key={key} data-section={key}>
              <a
                href={`#section-${key}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusSection(key);
                }}
              >
                <span className="nav-title">{title}</span>
                <span
                  className={`nav-count ${c.errors > 0 ? 'has-errors' : c.warnings > 0 ? 'has-warnings' : ''}`}
                  data-errors={c.errors}
                  data-warnings={c.warnings}
                  aria-hidden="true"
                >
                  {c.errors + c.warnings}
                </span>
                <span className="visually-hidden">{S.sectionBadge(c.errors, c.warnings)}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
