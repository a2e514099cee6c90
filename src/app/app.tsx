import { gov2021, sample2021 } from '@/domain';
import { ReportView } from '@/features/report-view';
import { EditorPage } from '@/features/report-editor';
import { strings } from './strings';

/** The first screen: the app's name and the 2021 sample report, read-only. */
function SampleScreen() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">
          {strings.appName} <span className="app-code-name">{strings.appCodeName}</span>
        </h1>
        <p className="app-tagline">{strings.appTagline}</p>
      </header>
      <main className="app-main">
        <p className="app-notice" role="note">
          {strings.sampleNotice}
          {strings.computedLegend}
        </p>
        <ReportView template={gov2021} report={sample2021} label={strings.sampleLabel} />
      </main>
    </div>
  );
}

/** Routes by address: `?demo=sample` opens the editor, anything else the first screen. */
export function App() {
  const demo = new URLSearchParams(window.location.search).get('demo');
  return demo === 'sample' ? <EditorPage /> : <SampleScreen />;
}
