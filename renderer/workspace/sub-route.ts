// A page whose open record lives in the location hash (#/<page>/<key>), so back/forward and a bookmark return
// to it. The shell's router only knows the page; the key after it is read here.
import { useSyncExternalStore } from 'react';

export interface SubRoute {
  /** The key a hash names on this page: null for the page alone, another page, or a key that does not decode. */
  keyFromHash: (hash: string) => string | null;
  /** Opens the record under `key`, or the page itself with null. */
  open: (key: string | null) => void;
}

export function subRoute(page: string): SubRoute {
  const pageHash = `#/${page}`;
  const prefix = `${pageHash}/`;
  return {
    keyFromHash(hash) {
      if (!hash.startsWith(prefix)) return null;
      const rest = hash.slice(prefix.length);
      if (rest === '') return null;
      try {
        return decodeURIComponent(rest);
      } catch {
        return null;
      }
    },
    open(key) {
      window.location.hash = key === null ? pageHash : `${prefix}${encodeURIComponent(key)}`;
    },
  };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The location hash, re-read whenever it changes. */
export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}
