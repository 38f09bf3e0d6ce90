import { useSyncExternalStore } from 'react';

/** What the address bar says the user is looking at. */
export type Route =
  | { name: 'home' }
  | { name: 'table'; tableId: string }
  | { name: 'dashboard'; tableId: string };

// pushState fires no event, so navigate() announces changes itself under this name.
const NAVIGATE_EVENT = 'app:navigate';

/** Reads a route from a path: `/tables/:id`, `/tables/:id/dashboard`, or anything else as home. */
function parseRoute(pathname: string): Route {
  const match = /^\/tables\/([^/]+)(\/dashboard)?\/?$/.exec(pathname);
  if (!match?.[1]) return { name: 'home' };
  const tableId = decodeURIComponent(match[1]);
  return match[2] ? { name: 'dashboard', tableId } : { name: 'table', tableId };
}

/** The path of a route, for links and navigation. */
export function routePath(route: Route): string {
  if (route.name === 'home') return '/';
  const table = `/tables/${encodeURIComponent(route.tableId)}`;
  return route.name === 'dashboard' ? `${table}/dashboard` : table;
}

/** Moves to a route, adding a history entry (or replacing the current one). */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const path = routePath(route);
  if (path === window.location.pathname) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getPathname = () => window.location.pathname;

/** The current route, re-rendering on back/forward and on navigate(). */
export function useRoute(): Route {
  // Subscribing to the path string (not a fresh object) keeps renders stable.
  const pathname = useSyncExternalStore(subscribe, getPathname);
  return parseRoute(pathname);
}
