import type { ReactNode } from 'react';
import { strings } from './strings';
import './top-bar.css';

export type AppHeaderProps = {
  /** In the editor: the app's name as a home link only, a slim bar that scrolls away. */
  compact?: boolean;
  /** The screen's own controls, at the right of the bar (the start screen's 新建, 导入, 设置). */
  children?: ReactNode;
  /** As wide as a wide screen's content (the workspace's table), not the reading width. */
  wide?: boolean;
};

/**
 * The app's top bar on every screen: its name, a link home. On overview screens it is the page's
 * <h1> and stays at the top while the page scrolls; the editor has its own sticky toolbar.
 */
export function AppHeader({ compact = false, children, wide = false }: AppHeaderProps) {
  const home = (
    <a className="app-home" href="./" title={strings.homeHint}>
      {strings.appName}
    </a>
  );
  if (compact) {
    return (
      <header className="top-bar top-bar-compact">
        <div className="top-bar-inner">
          <span className="app-name">{home}</span>
        </div>
      </header>
    );
  }
  return (
    <header className={wide ? 'top-bar top-bar-wide' : 'top-bar'}>
      <div className="top-bar-inner">
        <h1 className="app-name" title={strings.appTagline}>
          {home}
          <span className="app-code-name">{strings.appCodeName}</span>
        </h1>
        {children !== undefined && (
          <nav className="top-bar-actions" aria-label={strings.topBarActions}>
            {children}
          </nav>
        )}
      </div>
    </header>
  );
}
