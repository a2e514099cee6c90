import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { forgetSavedViews } from '@/storage/forget-saved-views';
import { prefetchDrafts } from '@/features/drafts/prefetch';
import { AppHeader } from './app-header';
import { clickedAppLink, navigateTo } from './app-links';
import { parseRoute, readsReportList, type Route } from './route';
import { StorageProvider, useReportStore } from './store-context';
import { strings } from './strings';

// Each screen is its own chunk, loaded when the address asks for it: the first load of the
// editor carries no drafts list, import or sample view, and the list carries no editor.
// `preloadScreen` starts the download before React renders (see main.tsx), so the chunk
// arrives while the page is still opening the database. No <Suspense> here: see
// components/ui/lazy-component.ts.

const screens = {
  report: lazyComponent(() =>
    import('./persisted-editor/persisted-editor-page').then((m) => m.PersistedEditorPage),
  ),
  demo: lazyComponent(() => import('./demo-screen').then((m) => m.DemoScreen)),
  sample: lazyComponent(() => import('./sample-screen').then((m) => m.SampleScreen)),
  drafts: lazyComponent(() => import('./drafts-screen').then((m) => m.DraftsScreen)),
  workspace: lazyComponent(() => import('./workspace-screen').then((m) => m.WorkspaceScreen)),
} as const;

const pwaUpdate = lazyComponent(() => import('./pwa-update').then((m) => m.PwaUpdate));

/** Starts loading the screen of `route` (the editor too for a new draft, which opens in it). */
export function preloadScreen(route: Route): Promise<unknown> {
  const ignore = () => {}; // a failure is shown by the screen when it renders
  const loads = [screens[route.kind].preload().catch(ignore)];
  if (route.kind === 'demo') loads.push(screens.report.preload().catch(ignore));
  return Promise.all(loads);
}

/** How long after the page's `load` event the service worker waits (then for an idle moment). */
const SERVICE_WORKER_DELAY_MS = 2_000;

/**
 * True a while after the page has loaded, when the browser is idle: the service worker (which
 * then downloads the whole app for offline use) and its update prompt are loaded and registered
 * only then, so that they never compete with opening the first screen (its database reads and
 * its first render do not delay `load`).
 */
function useIdleAfterLoad(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancel = () => {};
    const whenIdle = () => {
      const timer = setTimeout(() => {
        if (typeof requestIdleCallback !== 'function') return setIdle(true);
        const handle = requestIdleCallback(() => setIdle(true), { timeout: 10_000 });
        cancel = () => cancelIdleCallback(handle);
      }, SERVICE_WORKER_DELAY_MS);
      cancel = () => clearTimeout(timer);
    };
    if (document.readyState === 'complete') whenIdle();
    else {
      window.addEventListener('load', whenIdle, { once: true });
      cancel = () => window.removeEventListener('load', whenIdle);
    }
    return () => cancel();
  }, []);
  return idle;
}

/** While a screen's code loads: a polite status line, no spinner; an alert if it cannot. */
function ScreenFallback({ failed }: { failed: boolean }) {
  return (
    <main className="app-main">
      {failed ? (
        <p role="alert">{LOAD_FAILED}</p>
      ) : (
        <p role="status" className="app-loading">
          {strings.loading}
        </p>
      )}
    </main>
  );
}

const LOAD_FAILED = '无法加载本页面的程序文件，请检查网络后刷新页面。';

/**
 * Starts the screen's first database read while its code is still loading, so that the two do
 * not wait for each other: the list of reports, which the drafts screen takes over, and so does
 * the editor (it looks for last year's report in it) and the workspace. The page's first
 * screen had its reads started by the entry (first-screen.ts); this is for the screens moved
 * to within the page.
 */
function Prefetch({ route, first }: { route: Route; first: Route }) {
  const store = useReportStore();
  const list = route !== first && readsReportList(route);
  useEffect(() => {
    if (list) prefetchDrafts(store);
  }, [store, list]);
  return null;
}

function Screen({ route, onRoute }: { route: Route; onRoute: (r: Route) => void }) {
  switch (route.kind) {
    case 'report':
      return <ReportScreen key={route.id} id={route.id} />;
    case 'demo':
      return <DemoRoute blank={route.blank} onCreated={(id) => onRoute({ kind: 'report', id })} />;
    case 'sample':
      return <SampleRoute />;
    case 'drafts':
      return <DraftsRoute />;
    case 'workspace':
      return <WorkspaceRoute year={route.year} />;
  }
}

function ReportScreen({ id }: { id: string }) {
  const screen = screens.report.useComponent();
  if (screen.kind !== 'ready') return <ScreenFallback failed={screen.kind === 'failed'} />;
  return <screen.Component id={id} />;
}

function DemoRoute(props: { blank: boolean; onCreated: (id: string) => void }) {
  const screen = screens.demo.useComponent();
  if (screen.kind !== 'ready') return <ScreenFallback failed={screen.kind === 'failed'} />;
  return <screen.Component {...props} />;
}

function SampleRoute() {
  const screen = screens.sample.useComponent();
  if (screen.kind !== 'ready') return <ScreenFallback failed={screen.kind === 'failed'} />;
  return <screen.Component />;
}

/** The workspace draws its own top bar too (its 我的报告 and 设置 belong to it). */
function WorkspaceRoute(props: { year: number | null }) {
  const screen = screens.workspace.useComponent();
  if (screen.kind === 'ready') return <screen.Component {...props} topBar={wideTopBar} />;
  return (
    <>
      <AppHeader wide />
      <ScreenFallback failed={screen.kind === 'failed'} />
    </>
  );
}

const screenTopBar = (actions: ReactNode) => <AppHeader>{actions}</AppHeader>;
const wideTopBar = (actions: ReactNode) => <AppHeader wide>{actions}</AppHeader>;

/** The start screen draws its own top bar (its 新建, 导入 and 设置 belong to it). */
function DraftsRoute() {
  const screen = screens.drafts.useComponent();
  if (screen.kind === 'ready') return <screen.Component topBar={screenTopBar} />;
  return (
    <>
      <AppHeader />
      <ScreenFallback failed={screen.kind === 'failed'} />
    </>
  );
}

/** The update prompt of the service worker (nothing while its code loads). */
function PwaUpdate() {
  const prompt = pwaUpdate.useComponent();
  return prompt.kind === 'ready' ? <prompt.Component /> : null;
}

/**
 * The route of the address. Links between the app's screens route without loading the page
 * again (app-links.ts), as do Back and Forward; after such a move the page starts at its top,
 * with the focus on the new screen's <main>.
 */
function useRoute(first: Route): [Route, (r: Route) => void] {
  const [route, setRoute] = useState(first);
  const moved = useRef(false);
  useEffect(() => {
    const onPop = () => {
      moved.current = true;
      setRoute(parseRoute(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (!moved.current) return; // the first screen, or a new draft given its own address
    moved.current = false;
    window.scrollTo(0, 0);
    const main = document.querySelector<HTMLElement>('#root main');
    if (!main) return;
    main.tabIndex = -1;
    main.focus({ preventScroll: true });
  }, [route]);
  return [route, setRoute];
}

/** A click on a link to another screen of the app: routed in the page (see app-links.ts). */
function onAppLinkClick(e: MouseEvent<HTMLElement>): void {
  const search = clickedAppLink(e.nativeEvent, window.location.href);
  if (search === null) return;
  e.preventDefault();
  navigateTo(search);
}

/** On the list, the editor's code is loaded once the list is shown: opening a report is quick. */
function usePreloadEditor(route: Route): void {
  const list = route.kind === 'drafts';
  useEffect(() => {
    if (!list) return;
    const load = () => void screens.report.preload().catch(() => {});
    if (typeof requestIdleCallback !== 'function') return void setTimeout(load, 200);
    const handle = requestIdleCallback(load, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }, [list]);
}

/**
 * The top bar of `route`: the editor's is compact; the start screen and the workspace draw their
 * own (with their controls), any other screen gets the app's name.
 */
function headerOf(route: Route): { compact: boolean } | null {
  if (route.kind === 'drafts' || route.kind === 'workspace') return null;
  return { compact: route.kind === 'report' || route.kind === 'demo' };
}

/** Routes by query string (see route.ts), from `route`, the page's; every screen shows the app's name. */
export function App({ route: first }: { route: Route }) {
  const [route, setRoute] = useRoute(first);
  const header = headerOf(route);
  const idle = useIdleAfterLoad();
  useEffect(() => {
    if (idle) forgetSavedViews(window.localStorage); // what older versions left behind
  }, [idle]);
  usePreloadEditor(route);
  return (
    <StorageProvider>
      <div className="app" onClick={onAppLinkClick}>
        {header && <AppHeader {...header} />}
        {idle && <PwaUpdate />}
        <Prefetch route={route} first={first} />
        <Screen route={route} onRoute={setRoute} />
      </div>
    </StorageProvider>
  );
}
