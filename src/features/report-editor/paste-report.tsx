import type { PastePlan } from './logic/paste-plan';
import { focusField } from './focus-field';
import { S } from './strings';

/** What a paste did: how many cells were filled, and each cell that was refused and why. */
export function PasteReport({ plan, onClose }: { plan: PastePlan; onClose: () => void }) {
  return (
    <div className="paste-report" role="status" data-testid="paste-report">
      <p>
        {S.pasteDone(plan.changes.length)}
        {plan.skipped.length > 0 && ` ${S.pasteSkipped(plan.skipped.length)}`}
      </p>
      {plan.refused.length > 0 && (
        <>
          <p>{S.pasteRefused(plan.refused.length)}</p>
          <ul>
            {plan.refused.map((r, i) => (
              <li key={`${r.path ?? r.name}-${i}`} data-refused={r.path ?? ''}>
                {r.path ? (
                  <button type="button" className="link" onClick={() => focusField(r.path ?? '')}>
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
                ：“{r.raw}” — {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onClose}>
        {S.dismiss}
      </button>
    </div>
  );
}
