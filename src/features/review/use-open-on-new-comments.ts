import { useState } from 'react';

/**
 * Calls `open` when the number of open comments grows (an imported 审核包 brought some), not
 * for those already there when the report was opened: the 审核 button shows their count.
 */
export function useOpenOnNewComments(count: number, open: () => void): void {
  const [seen, setSeen] = useState(count);
  if (seen !== count) {
    setSeen(count);
    if (count > seen) open();
  }
}
