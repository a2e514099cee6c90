import { parseRoute } from './route';
import { forbidEval } from './forbid-eval';
import { startFirstScreen } from './first-screen';
import { strings } from './strings';
import './app.css';

// The page's entry, a few kilobytes: it starts at once, in parallel, everything the first
// screen waits for, instead of one after the other (first-screen.ts): the report in the address is
// read straight from IndexedDB (storage/first-read.ts) and its lock claimed; the screen's code,
// the store's code (Dexie) and React with the app are fetched (page-code.ts), and the store
// opened and read; then the app renders.

forbidEval(); // before any library that might try

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const route = parseRoute(window.location.search);
startFirstScreen(route);
import('./start-app').then(
  (m) => m.startApp(root, route),
  () => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = strings.appLoadFailed;
    root.replaceChildren(p);
  },
);
