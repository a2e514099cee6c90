import { strings } from './strings';

/** The app's name on every screen: a heading on overview screens, a home link in the editor. */
export function AppHeader({ compact = false }: { compact?: boolean }) {
  if (compact) {
    return (
      <header className="app-header app-header-compact">
        <a className="app-name app-home" href="./">
          {strings.appName}
        </a>
      </header>
    );
  }
  return (
    <header className="app-header">
      <h1 className="app-name">
        {strings.appName} <span className="app-code-name">{strings.appCodeName}</span>
      </h1>
      <p className="app-tagline">{strings.appTagline}</p>
    </header>
  );
}
