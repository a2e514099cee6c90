import { S } from '../strings';

type EditorNoticesProps = {
  /** The app was updated in another tab: this page stopped saving. */
  versionChanged: boolean;
  /** Another tab holds the report. */
  lockedOut: boolean;
  /** A report received in the workspace: reviewed here, not edited. */
  received: boolean;
  /** Unsaved edits of the last session were found (shown while they can be saved). */
  recovered: boolean;
  /** Why restoring a version failed. */
  restoreError: string | null;
};

/** The editor's notices, one compact line each, right under its toolbar. */
export function EditorNotices(props: EditorNoticesProps) {
  const { versionChanged, lockedOut, received, recovered, restoreError } = props;
  if (!versionChanged && !lockedOut && !received && !recovered && !restoreError) return null;
  return (
    <div className="editor-notices">
      {versionChanged && (
        <p role="alert" className="app-banner">
          {S.versionChanged}
        </p>
      )}
      {lockedOut && (
        <p role="alert" className="app-banner readonly-banner">
          {S.readOnly}
        </p>
      )}
      {received && (
        <p role="note" className="app-banner">
          {S.receivedReadOnly}
        </p>
      )}
      {recovered && <p className="app-banner">{S.recovered}</p>}
      {restoreError && (
        <p role="alert" className="app-banner">
          {restoreError}
        </p>
      )}
    </div>
  );
}
