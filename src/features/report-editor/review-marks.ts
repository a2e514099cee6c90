import { createContext, useContext } from 'react';

// Review markers on the report's cells (issue 6), provided from outside the editor: how many
// open comments a cell has, and, for a cell changed since the last submission, "old → new".
// Cells read them with useReviewMark and render them as data attributes (CSS draws the badge).

/** Markers by field path. */
export type ReviewMarks = {
  readonly comments: ReadonlyMap<string, number>;
  readonly changed: ReadonlyMap<string, string>;
};

const NO_MARKS: ReviewMarks = { comments: new Map(), changed: new Map() };

export const ReviewMarksContext = createContext<ReviewMarks>(NO_MARKS);

/** The data attributes of a cell's review markers (none outside a review). */
export function useReviewMark(path: string): {
  'data-comments'?: string;
  'data-changed'?: string;
} {
  const marks = useContext(ReviewMarksContext);
  const comments = marks.comments.get(path);
  const changed = marks.changed.get(path);
  return {
    'data-comments': comments === undefined ? undefined : String(comments),
    'data-changed': changed,
  };
}
