import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '@/components/ui/button';
import { S } from './strings';

/** Registers the service worker and says when a new version of the app is ready. */
export function PwaUpdate() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="app-banner update-banner" role="status">
      {S.updateReady}
      <Button variant="primary" size="sm" onClick={() => void updateServiceWorker(true)}>
        {S.updateNow}
      </Button>
      <Button variant="ghost" size="sm" onClick={() => setNeedRefresh(false)}>
        {S.dismiss}
      </Button>
    </div>
  );
}
