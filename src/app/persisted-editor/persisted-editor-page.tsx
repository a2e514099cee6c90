import { useAppStorage, useVersionChanged } from '../store-context';
import { useReportSession } from './use-report-session';
import { PersistedEditor } from './persisted-editor';
import { S, strings } from '../strings';

/** The editor on a stored report (`?report=<id>`): autosave, tab lock, history. */
export function PersistedEditorPage({ id }: { id: string }) {
  const storage = useAppStorage();
  const session = useReportSession(storage, id);
  const versionChanged = useVersionChanged();
  if (session.kind === 'ready') {
    // The way back, the notices and everything else are in the editor's toolbar and under it.
    return (
      <main className="editor-page">
        <PersistedEditor
          storage={storage}
          record={session.record}
          previous={session.previous?.document}
          readOnly={session.readOnly || versionChanged}
          lockedOut={session.readOnly}
          recovered={session.recovered}
          list={session.list}
          versionChanged={versionChanged}
        />
      </main>
    );
  }
  return (
    <main className="editor-page">
      <nav className="editor-page-nav" aria-label={strings.backToList}>
        <a href="./">{strings.backToList}</a>
      </nav>
      {versionChanged && (
        <p role="alert" className="app-banner">
          {S.versionChanged}
        </p>
      )}
      {session.kind === 'loading' && <p role="status">{strings.loading}</p>}
      {session.kind === 'missing' && <p role="alert">{S.missing}</p>}
      {session.kind === 'failed' && <p role="alert">{S.openFailed(session.message)}</p>}
    </main>
  );
}
