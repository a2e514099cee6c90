import { gov2021, sample2021 } from '@/domain';
import { ReportView } from '@/features/report-view';
import { strings } from './strings';

/** `?view=sample`: the 2021 sample report, read-only. */
export function SampleScreen() {
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
