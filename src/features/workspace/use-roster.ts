import { useCallback, useMemo, useState } from 'react';
import type { ReportStore, ReportSummary } from '@/storage/report-store';
import { reportsOfYear } from './logic/rows';
import {
  acceptOffer,
  offerKey,
  rosterFromLastYear,
  rosterOffers,
  type RosterOffer,
} from './logic/roster-offers';
import type { WorkspaceData } from './use-workspace-data';

type Options = {
  store: ReportStore;
  year: number;
  data: WorkspaceData;
  summaries: readonly ReportSummary[];
  onSaved: () => void;
};

const agenciesOf = (summaries: readonly ReportSummary[], year: number) =>
  reportsOfYear(summaries, year)
    .filter((s) => s.consolidatedAgencies === null)
    .map((s) => s.agency);

/** The roster of the year: saving it, last year's to copy, near misses to confirm. */
export function useRoster({ store, year, data, summaries, onSaved }: Options) {
  const roster = data.kind === 'ready' ? data.roster : null;
  const lastRoster = data.kind === 'ready' ? data.lastRoster : null;
  // Pairs the user kept apart, for this visit (offered again after a reload, never merged).
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const offers = useMemo(
    () => (roster === null ? [] : rosterOffers(roster, agenciesOf(summaries, year), dismissed)),
    [roster, summaries, year, dismissed],
  );
  const lastYear = useMemo(
    () => rosterFromLastYear(lastRoster, agenciesOf(summaries, year - 1)),
    [lastRoster, summaries, year],
  );
  const onSave = useCallback(
    async (names: string[]) => {
      await store.setRoster(year, names);
      onSaved();
    },
    [store, year, onSaved],
  );
  const onAccept = useCallback(
    (offer: RosterOffer) => onSave(acceptOffer(roster ?? [], offer)),
    [onSave, roster],
  );
  const onKeep = useCallback(
    (offer: RosterOffer) => setDismissed((d) => new Set([...d, offerKey(offer)])),
    [],
  );
  return { offers, lastYear, onSave, onAccept, onKeep };
}
