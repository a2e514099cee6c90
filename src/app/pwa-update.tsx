import { useRegisterSW } from 'virtual:pwa-register/react';
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
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        {S.updateNow}
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {S.dismiss}
      </button>
    </div>
  );
}
