import { useEffect, useState } from 'react';
import type { AppStorage } from '../app-storage';
import { openSession, takeOpened, type Opened, type Session } from './open-session';

export type { Session } from './open-session';

/**
 * The editing session of report `id`; the lock is released on unmount. The page's first report
 * was opened before React rendered (start-app.tsx): its session is the first state, and the
 * editor is the first thing rendered.
 */
export function useReportSession(storage: AppStorage, id: string): Session {
  const [session, setSession] = useState<Session>(
    () => takeOpened(id, false)?.session ?? { kind: 'loading' },
  );
  useEffect(() => {
    let live = true;
    let release = () => {};
    const adopt = (opened: Opened) => {
      if (!live) return opened.release();
      release = opened.release;
      setSession(opened.session); // the first state already, for a session opened before React
    };
    const early = takeOpened(id, true);
    if (early) adopt(early);
    else void openSession(storage, id).then(adopt);
    return () => {
      live = false;
      release();
    };
  }, [storage, id]);
  return session;
}
