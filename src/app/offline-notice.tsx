import { useState } from 'react';
import { noteNoOffline, shouldSayNoOffline } from './offline-support';
import { S, strings } from './strings';

/** Says once, calmly, that the app cannot work offline here (plain HTTP: no service worker). */
export function OfflineNotice() {
  const [shown, setShown] = useState(shouldSayNoOffline);
  if (!shown) return null;
  return (
    <aside className="offline-notice" aria-label={strings.noOfflineTitle}>
      <p className="app-notice">
        {strings.noOffline}{' '}
        <button
          type="button"
          onClick={() => {
            noteNoOffline();
            setShown(false);
          }}
        >
          {S.dismiss}
        </button>
      </p>
    </aside>
  );
}
