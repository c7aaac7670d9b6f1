// Hash routing: the renderer is loaded from file:// in Electron, where path-based URLs would point at files.
import { create } from 'zustand';
import { ROUTES, routeFromHash, type RouteId } from './routes';

interface RouterState {
  route: RouteId;
}

export const useRouter = create<RouterState>(() => ({ route: routeFromHash(window.location.hash) }));

let listening = false;

/** Starts following the location hash (back/forward, typed URLs, links). Safe to call more than once. */
export function startRouter(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('hashchange', () => useRouter.setState({ route: routeFromHash(window.location.hash) }));
  useRouter.setState({ route: routeFromHash(window.location.hash) });
}

export function navigate(route: RouteId): void {
  const hash = ROUTES.find((candidate) => candidate.id === route)?.hash ?? `#/${route}`;
  if (window.location.hash !== hash) window.location.hash = hash;
  useRouter.setState({ route });
}
