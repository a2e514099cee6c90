import type { ReportDocument, TemplateDef } from '@/domain';
import type { NarrativeModel, SectionModel } from './report-view-model';
import { ReportTable } from './report-table';
import { useReportViewModel } from './use-report-view-model';
import './report-view.css';

function Narrative({ narrative }: { readonly narrative: NarrativeModel }) {
  return (
    <div className="narrative" data-narrative={narrative.path}>
      {narrative.heading !== '' && <h4>{narrative.heading}</h4>}
      {narrative.paragraphs.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </div>
  );
}

function Section({ section }: { readonly section: SectionModel }) {
  const headingId = `section-${section.key}`;
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{section.title}</h3>
      {section.narratives.map((n) => (
        <Narrative key={n.path} narrative={n} />
      ))}
      {section.table && <ReportTable table={section.table} />}
    </section>
  );
}

type ReportViewProps = {
  readonly template: TemplateDef;
  readonly report: ReportDocument;
  /** Short label shown above the title (e.g. 示例报告), if any. */
  readonly label?: string;
};

/** A report rendered read-only from its template: title, the six sections, narratives, tables. */
export function ReportView({ template, report, label }: ReportViewProps) {
  const model = useReportViewModel(template, report);
  return (
    <article className="report-view" aria-labelledby="report-title">
      {label && <p className="report-label">{label}</p>}
      <h2 id="report-title" className="report-title">
        {model.title}
      </h2>
      {model.sections.map((s) => (
        <Section key={s.key} section={s} />
      ))}
    </article>
  );
}
