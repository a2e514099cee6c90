import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app';
import { parseRoute } from './route';
import { appContainer } from './saved-view/takeover';
import './app.css';

// The screen's chunk starts downloading now, in parallel with React's first render.
preloadScreen(parseRoute(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// While index.html shows the saved view of the report, React renders off-screen (takeover.ts).
createRoot(appContainer(root)).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
