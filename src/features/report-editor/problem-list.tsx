import { memo, useMemo, useState } from 'react';
import type { TemplateDef, Violation } from '@/domain';
import { severityCounts } from '@/domain/rules/severity-counts';
import { violationKey } from './logic/derive';
import { focusProblem } from './focus-field';
import { useStore } from './store-context';
import { useAcknowledgements, useViolations } from './use-violations';
import { S } from './strings';
import { LazyAckForm } from './lazy-ack-form';

type Group = { key: string; title: string; items: Violation[] };

/** Section titles by key, with the meta block first. */
export function sectionTitles(t: TemplateDef): Map<string, string> {
  return new Map([
    ['meta', S.metaTitle],
    ...t.sections.map((s): [string, string] => [s.key, s.title]),
  ]);
}

function groupBySection(t: TemplateDef, violations: readonly Violation[]): Group[] {
  const titles = sectionTitles(t);
  const groups = new Map<string, Group>();
  for (const v of violations) {
    const g = groups.get(v.section) ?? {
      key: v.section,
      title: titles.get(v.section) ?? S.otherProblems,
      items: [],
    };
    g.items.push(v);
    groups.set(v.section, g);
  }
  const order = [...titles.keys()];
  return [...groups.values()].sort((a, b) => rank(order, a.key) - rank(order, b.key));
}

function rank(order: string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/** Moves focus to the 问题清单's heading (the toolbar's problem count), scrolling it into view. */
export function focusProblemList(): void {
  const heading = document.getElementById(PROBLEM_LIST_TITLE);
  heading?.scrollIntoView({ block: 'nearest' });
  heading?.focus({ preventScroll: true });
}

const PROBLEM_LIST_TITLE = 'problem-list-title';

/** 问题清单: every problem grouped by section; activating one moves focus to its first cell. */
export function ProblemList() {
  const store = useStore();
  const violations = useViolations();
  const acks = useAcknowledgements();
  const groups = useMemo(() => groupBySection(store.template, violations), [store, violations]);
  const counts = useMemo(() => severityCounts(violations), [violations]);
  return (
    <section className="problem-list" aria-labelledby={PROBLEM_LIST_TITLE}>
      <h2 id={PROBLEM_LIST_TITLE} tabIndex={-1}>
        {S.problems}
        <span className="problem-summary">{S.problemCount(counts)}</span>
      </h2>
      {violations.length === 0 && <p className="no-problems">{S.noProblems}</p>}
      {groups.map((g) => (
        <div key={g.key} className="problem-group">
          <h3>{g.title}</h3>
          <ul>
            {g.items.map((v) => {
              const key = violationKey(v);
              return <ProblemEntry key={key} v={v} ackKey={key} reason={acks.get(key)} />;
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

const ProblemEntry = memo(function ProblemEntry(props: {
  v: Violation;
  ackKey: string;
  reason: string | undefined;
}) {
  const { v, ackKey, reason } = props;
  const cls = ['problem', `is-${v.severity}`, reason !== undefined ? 'is-acknowledged' : ''];
  return (
    <li className={cls.join(' ').trim()}>
      <button
        type="button"
        className="problem-entry"
        data-rule={v.rule}
        data-fields={v.fields.join(' ')}
        onClick={() => focusProblem(v)}
      >
        <span className="severity">{v.severity === 'error' ? S.error : S.warning}</span>
        <span className="message">{v.message}</span>
      </button>
      {v.severity === 'warning' && <Acknowledge ackKey={ackKey} reason={reason} />}
    </li>
  );
});

function Acknowledge({ ackKey, reason }: { ackKey: string; reason: string | undefined }) {
  const store = useStore();
  const [open, setOpen] = useState(false);
  if (reason !== undefined) {
    return (
      <p className="ack">
        {S.acknowledged}：{reason}{' '}
        <button type="button" className="link" onClick={() => store.acknowledge(ackKey, null)}>
          {S.ackWithdraw}
        </button>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link ack-open" onClick={() => setOpen(true)}>
        {S.acknowledge}
      </button>
    );
  }
  const save = (reason: string) => {
    store.acknowledge(ackKey, reason);
    setOpen(false);
  };
  return <LazyAckForm onSave={save} onCancel={() => setOpen(false)} />;
}
