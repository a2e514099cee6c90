import { useState } from 'react';
import { gov2021, sample2021 } from '@/domain';
import { ReportView } from '@/features/report-view';
import { AppHeader } from './app-header';
import { DemoScreen } from './demo-screen';
import { DraftsScreen } from './drafts-screen';
import { PersistedEditorPage } from './persisted-editor/persisted-editor-page';
import { PwaUpdate } from './pwa-update';
import { parseRoute, type Route } from './route';
import { StorageProvider } from './store-context';
import { strings } from './strings';

/** `?view=sample`: the 2021 sample report, read-only. */
function SampleScreen() {
  return (
    <main className="app-main">
      <p className="app-notice" role="note">
        {strings.sampleNotice}
        {strings.computedLegend}
      </p>
      <ReportView template={gov2021} report={sample2021} label={strings.sampleLabel} />
    </main>
  );
}

function Screen({ route, onRoute }: { route: Route; onRoute: (r: Route) => void }) {
  switch (route.kind) {
    case 'report':
      return <PersistedEditorPage key={route.id} id={route.id} />;
    case 'demo':
      return <DemoScreen blank={route.blank} onCreated={(id) => onRoute({ kind: 'report', id })} />;
    case 'sample':
      return <SampleScreen />;
    case 'drafts':
      return <DraftsScreen />;
  }
}

/** Routes by query string (see route.ts); every screen shows the app's name. */
export function App() {
  const [route, setRoute] = useState(() => parseRoute(window.location.search));
  const editing = route.kind === 'report' || route.kind === 'demo';
  return (
    <StorageProvider>
      <div className="app">
        <AppHeader compact={editing} />
        <PwaUpdate />
        <Screen route={route} onRoute={setRoute} />
      </div>
    </StorageProvider>
  );
}
