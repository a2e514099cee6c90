import { createContext, useContext } from 'react';
import type { ReportStore } from './report-store';

/** The store of the report being edited. */
export const StoreContext = createContext<ReportStore | null>(null);

/** The store of the enclosing ReportEditor. */
export function useStore(): ReportStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside ReportEditor');
  return store;
}
