import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { noteNoOffline, shouldSayNoOffline } from './offline-support';
import { S, strings } from './strings';

/** Says once, calmly, in 设置, that the app cannot work offline here (plain HTTP: no service worker). */
export function OfflineNotice() {
  const [shown, setShown] = useState(shouldSayNoOffline);
  if (!shown) return null;
  return (
    <section className="settings-section offline-notice" aria-labelledby="offline-title">
      <h3 id="offline-title">{strings.noOfflineTitle}</h3>
      <p className="app-notice">{strings.noOffline}</p>
      <Button
        size="sm"
        onClick={() => {
          noteNoOffline();
          setShown(false);
        }}
      >
        {S.dismiss}
      </Button>
    </section>
  );
}
