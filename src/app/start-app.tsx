import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app';
import type { Route } from './route';

/**
 * Renders the app into #root once the code of the screen of `route` is there (or failed to
 * load, which the screen then says): its first render is the screen itself, not a loading line
 * and a second render (index.html shows that line meanwhile).
 */
export async function startApp(root: HTMLElement, route: Route): Promise<void> {
  await preloadScreen(route);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
