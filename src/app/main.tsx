import { startFirstRead } from '@/storage/first-read';
import { parseRoute } from './route';
import { forbidEval } from './forbid-eval';
import { loadScreenCode, loadStoreCode } from './page-code';
import { strings } from './strings';
import './app.css';

// The page's entry, a few hundred bytes: it starts at once, in parallel, everything the first
// screen waits for, instead of one after the other. The report in the address is read straight
// from IndexedDB (storage/first-read.ts); the screen's code, the store's code (Dexie) and React
// with the app are fetched (page-code.ts); then the app renders.

forbidEval(); // before any library that might try

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const route = parseRoute(window.location.search);
if (route.kind === 'report') startFirstRead(route.id);
const ignore = () => {}; // the screen says so when it needs code that did not load
loadScreenCode(route).catch(ignore);
loadStoreCode().catch(ignore);
import('./start-app').then(
  (m) => m.startApp(root, route),
  () => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = strings.appLoadFailed;
    root.replaceChildren(p);
  },
);
