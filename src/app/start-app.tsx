import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app';
import { openBeforeRender } from './persisted-editor/open-session';
import { appStorage } from './app-storage';
import type { Route } from './route';

/**
 * Renders the app into #root once the code of the screen of `route` is there (or failed to
 * load, which the screen then says), and for a report once it is opened (read, locked, last
 * year's found: the entry started those reads): its first render is the screen itself, not a
 * loading line and a second render (index.html shows that line meanwhile).
 */
export async function startApp(root: HTMLElement, route: Route): Promise<void> {
  const opening = route.kind === 'report' ? openBeforeRender(appStorage(), route.id) : null;
  await Promise.all([preloadScreen(route), opening]);
  createRoot(root).render(
    <StrictMode>
      <App route={route} />
    </StrictMode>,
  );
}
