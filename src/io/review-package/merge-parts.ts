import type { Acknowledgement } from '../../domain/drafts/record';

// Small merges used by the review-package import.

const ackKey = (a: Acknowledgement): string => `${a.rule}|${[...a.fields].sort().join(',')}`;

/** Union of acknowledgements by warning (rule + cells); the later one wins, this computer's on a tie. */
export function mergeAcknowledgements(
  ours: readonly Acknowledgement[],
  theirs: readonly Acknowledgement[],
): Acknowledgement[] {
  const incoming = new Map(theirs.map((a) => [ackKey(a), a]));
  const merged = ours.map((a) => {
    const other = incoming.get(ackKey(a));
    return other && Date.parse(other.at) > Date.parse(a.at) ? other : a;
  });
  const known = new Set(ours.map(ackKey));
  return [...merged, ...theirs.filter((a) => !known.has(ackKey(a)))];
}
