import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app';
import { parseRoute } from './route';
import './app.css';

// The screen's chunk starts downloading now, in parallel with React's first render.
preloadScreen(parseRoute(window.location.search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
