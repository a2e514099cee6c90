import type { ImportSummaryModel, IssueGroup } from './summarize-import';
import { S } from './strings';

function Group({ group }: { readonly group: IssueGroup }) {
  const id = `import-group-${group.rule}`;
  return (
    <section className="import-group" aria-labelledby={id} data-group={group.rule}>
      <h4 id={id}>{group.heading}</h4>
      <ul>
        {group.lines.map((line) => (
          <li
            key={line.key}
            data-rule={line.rule}
            data-fields={line.fields}
            data-printed={line.printed}
            data-computed-sum={line.computed}
          >
            {line.figures && <strong className="import-figures">{line.figures}</strong>}
            {line.figures && '：'}
            {line.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an import read (机关, 年度, counts) and every issue it found, grouped by rule. */
export function ImportSummary({ model }: { readonly model: ImportSummaryModel }) {
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h3 id="import-summary-title">{S.summary}</h3>
      <p className="import-title" data-testid="import-title">
        {model.title}
      </p>
      <dl className="import-facts">
        <dt>{S.agency}</dt>
        <dd data-testid="import-agency">{model.agency}</dd>
        <dt>{S.year}</dt>
        <dd data-testid="import-year">{model.year}</dd>
        <dt>{S.format}</dt>
        <dd>{model.format}</dd>
      </dl>
      <p data-testid="import-counts">
        {model.cells}；{model.narratives}
      </p>
      {model.issueCount === 0 ? (
        <p>{S.noIssues}</p>
      ) : (
        <>
          <h4>{S.issues(model.issueCount)}</h4>
          {model.groups.map((g) => (
            <Group key={g.rule} group={g} />
          ))}
        </>
      )}
    </section>
  );
}
