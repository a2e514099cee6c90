import { matchRoster, normalizeAgency } from '@/domain';

// Near misses between the roster and the reports' agency names (平湖市科学技术局 against
// 平湖市科技局): offered one by one, never merged silently. Accepting writes the report's name
// into the roster, so the two match from then on; keeping them apart hides the offer.

/** One offer: a roster name without a report, and the report's agency it may be. */
export type RosterOffer = { name: string; candidate: string };

/** The key of an offer, to remember that the user kept the two apart. */
export function offerKey(offer: RosterOffer): string {
  return `${normalizeAgency(offer.name)}→${normalizeAgency(offer.candidate)}`;
}

/** The best near miss of each unmatched roster name, each agency offered once, minus dismissed. */
export function rosterOffers(
  roster: readonly string[],
  agencies: readonly string[],
  dismissed: ReadonlySet<string>,
): RosterOffer[] {
  const offered = new Set<string>();
  const out: RosterOffer[] = [];
  for (const miss of matchRoster(roster, agencies).nearMisses) {
    const offer = { name: miss.name, candidate: miss.candidate };
    if (dismissed.has(offerKey(offer))) continue;
    if (out.some((o) => o.name === offer.name) || offered.has(offer.candidate)) continue;
    offered.add(offer.candidate);
    out.push(offer);
  }
  return out;
}

/** The roster after accepting an offer: the roster name replaced by the report's agency name. */
export function acceptOffer(roster: readonly string[], offer: RosterOffer): string[] {
  return roster.map((n) => (n === offer.name ? offer.candidate : n));
}

/** Last year's roster to start this year's from, or else the agencies that reported last year. */
export function rosterFromLastYear(
  lastRoster: readonly string[] | null,
  lastYearAgencies: readonly string[],
): string[] {
  if (lastRoster !== null && lastRoster.length > 0) return [...lastRoster];
  const seen = new Set<string>();
  return lastYearAgencies.filter((a) => {
    const key = normalizeAgency(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
