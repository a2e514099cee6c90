// Moving between the app's screens without loading the page again. The app is one page routed
// by its query string (route.ts), so a link to another screen of it (the list's 打开, the
// editor's 返回报告列表) only needs the new address and a render: React, the store's open
// database and the code already loaded stay. Links elsewhere, downloads, new tabs and windows
// (a modifier key, another button, `target`) are left to the browser.

/**
 * The query string to route to when `href` (a link's resolved address) is a screen of the app
 * on page `pageHref`; null when the browser should follow it (another page, another origin, a
 * fragment on this screen).
 */
export function appLinkSearch(href: string, pageHref: string): string | null {
  const url = new URL(href);
  const page = new URL(pageHref);
  if (url.origin !== page.origin || url.pathname !== page.pathname) return null;
  if (url.hash !== '' && url.search === page.search) return null;
  return url.search;
}

/** The app link a click should route to without loading the page; null to let the browser act. */
export function clickedAppLink(e: MouseEvent, pageHref: string): string | null {
  if (e.defaultPrevented || e.button !== 0) return null;
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return null;
  if ((link.target !== '' && link.target !== '_self') || link.hasAttribute('download')) return null;
  return appLinkSearch(link.href, pageHref);
}

/** Routes to `search` (a new history entry): App listens to popstate, as for Back and Forward. */
export function navigateTo(search: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${search}`);
  window.dispatchEvent(new PopStateEvent('popstate'));
}
