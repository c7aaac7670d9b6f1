// The cascade open on the page lives in the location hash (#/spread/<root node id>), so back/forward and
// a bookmark bring the analyst back to it. The shell's router only knows the page; the rest is read here.
import { useSyncExternalStore } from 'react';

const PREFIX = '#/spread/';

export function cascadeKeyFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const rest = hash.slice(PREFIX.length);
  if (rest === '') return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

export function cascadeHash(key: string): string {
  return `${PREFIX}${encodeURIComponent(key)}`;
}

export function openCascade(key: string | null): void {
  window.location.hash = key === null ? '#/spread' : cascadeHash(key);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}
