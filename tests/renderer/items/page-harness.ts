// What the tests that mount the real ItemsPage share: a clean items store, a ResizeObserver (jsdom lays nothing
// out; the list only needs the observer to exist), and an index repository whose reads can be held back.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { DeskDatabase } from '../../../renderer/db';
import type { IndexRepository } from '../../../renderer/db/index-repository';
import { resetItemsStore } from '../../../renderer/features/items/items-store';
import { resetBuilderSequence } from '../../builders';

/** Registers the hooks; `keep` hands over the store to close after the test. */
export function itemsPageHooks(): { keep(db: DeskDatabase): void } {
  let db: DeskDatabase | null = null;
  beforeEach(() => {
    resetBuilderSequence();
    resetItemsStore();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    cleanup();
    resetItemsStore();
    vi.unstubAllGlobals();
    db?.close();
    db = null;
  });
  return { keep: (opened) => (db = opened) };
}

/** The repository with one of its reads held until `release` is called. */
export function holdRead(repo: IndexRepository, read: 'loadMeta' | 'itemsAfter'): { repo: IndexRepository; release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const original = repo[read] as (...args: unknown[]) => Promise<unknown>;
  const delayed = async (...args: unknown[]) => {
    await held;
    return original(...args);
  };
  return { repo: { ...repo, [read]: delayed }, release };
}
