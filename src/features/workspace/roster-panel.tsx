import { useId, useState } from 'react';
import { parseRoster } from '@/domain';
import { Button } from '@/components/ui/button';
import type { RosterOffer } from './logic/roster-offers';
import { WN } from './strings';

type RosterPanelProps = {
  year: number;
  roster: string[] | null;
  /** Last year's roster (or last year's agencies) to start from. */
  lastYear: string[];
  offers: RosterOffer[];
  onSave: (names: string[]) => Promise<void>;
  onAccept: (offer: RosterOffer) => Promise<void>;
  onKeep: (offer: RosterOffer) => void;
};

/** 名单: pasted one per line or copied from last year, with near misses to confirm. */
export function RosterPanel(props: RosterPanelProps) {
  const { year, roster, offers } = props;
  const [message, setMessage] = useState('');
  return (
    <section className="workspace-panel roster-panel" aria-labelledby="roster-title">
      <h3 id="roster-title">
        {WN.title}
        <span className="workspace-muted roster-count">{WN.summary(roster?.length ?? null)}</span>
      </h3>
      {offers.length > 0 && <Offers {...props} onMessage={setMessage} />}
      <details className="roster-editor" open={roster === null}>
        <summary>{WN.edit}</summary>
        <RosterEditor
          key={`${year}:${(roster ?? []).join('\n')}`}
          {...props}
          onMessage={setMessage}
        />
      </details>
      <p role="status" className="workspace-muted">
        {message}
      </p>
    </section>
  );
}

function Offers(props: RosterPanelProps & { onMessage: (text: string) => void }) {
  const { offers, onAccept, onKeep, onMessage } = props;
  const accept = async (o: RosterOffer) => {
    try {
      await onAccept(o);
      onMessage(WN.accepted(o.name, o.candidate));
    } catch (e) {
      onMessage(WN.saveFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <div className="roster-offers" role="group" aria-label={WN.offersTitle}>
      <p className="roster-offers-title">{WN.offersTitle}</p>
      <ul>
        {offers.map((o) => (
          <li key={`${o.name}→${o.candidate}`} data-roster-name={o.name}>
            <span>{WN.offer(o.name, o.candidate)}</span>
            <Button
              size="sm"
              aria-label={WN.acceptLabel(o.name, o.candidate)}
              onClick={() => void accept(o)}
            >
              {WN.accept}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              aria-label={WN.keepLabel(o.name, o.candidate)}
              onClick={() => onKeep(o)}
            >
              {WN.keep}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function RosterEditor(props: RosterPanelProps & { onMessage: (text: string) => void }) {
  const { year, roster, lastYear, onSave, onMessage: setMessage } = props;
  const [text, setText] = useState((roster ?? []).join('\n'));
  const id = useId();
  const copy = () => {
    if (lastYear.length === 0) return setMessage(WN.copyNone(year - 1));
    setText(lastYear.join('\n'));
    setMessage(WN.copied(lastYear.length, year - 1));
  };
  const save = async () => {
    const names = parseRoster(text);
    try {
      await onSave(names);
      setMessage(WN.saved(names.length));
    } catch (e) {
      setMessage(WN.saveFailed(e instanceof Error ? e.message : String(e)));
    }
  };
  return (
    <div className="roster-form">
      <label htmlFor={id}>{WN.label}</label>
      <textarea id={id} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="workspace-actions">
        <Button onClick={() => void save()}>{WN.save}</Button>
        <Button variant="ghost" onClick={copy}>
          {WN.copyLast(year - 1)}
        </Button>
      </div>
    </div>
  );
}
