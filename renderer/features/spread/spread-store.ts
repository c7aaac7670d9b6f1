// The 传播 page's state: the cascades assembled from the store, which node the analyst opened, whether
// accounts are shown. Persisted data stays in Dexie; this holds what the screen needs now.
import { create } from 'zustand';
import type { Item } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { buildStoredCascades, type CascadeSet } from './cascade-source';

export type SpreadRepositories = Pick<Repositories, 'spread'>;

interface SpreadState {
  phase: 'idle' | 'loading' | 'ready' | 'failed';
  set: CascadeSet | null;
  /** items by id, of every cascade: the side panel and the path table read them */
  items: Map<string, Item>;
  error: string | null;
  /** the node whose item the side panel shows */
  selectedNode: string | null;
  /** accounts are masked until the analyst asks to see them */
  unmasked: boolean;
  /** a short confirmation or error after an action */
  notice: { kind: 'ok' | 'bad'; text: string } | null;
}

export const useSpread = create<SpreadState>(() => ({
  phase: 'idle',
  set: null,
  items: new Map(),
  error: null,
  selectedNode: null,
  unmasked: false,
  notice: null,
}));

let loadGeneration = 0;

/** Reads the chain items and links and assembles every cascade; a later call wins over an earlier one still running. */
export async function loadCascades(repositories: SpreadRepositories): Promise<void> {
  const generation = ++loadGeneration;
  useSpread.setState((state) => ({ phase: state.set ? state.phase : 'loading', error: null }));
  try {
    const [chainItems, links, repostBatches] = await Promise.all([
      repositories.spread.chainItems(),
      repositories.spread.links(),
      repositories.spread.repostBatches(),
    ]);
    const known = new Set(chainItems.map((item) => item.id));
    const outside = [...new Set(links.flatMap((link) => [link.from, link.to]))].filter((id) => !known.has(id));
    const linkedItems = (await repositories.spread.items(outside)).filter((item): item is Item => item !== undefined);
    const set = buildStoredCascades(chainItems, linkedItems, links, repostBatches);
    if (generation !== loadGeneration) return;
    const items = new Map<string, Item>();
    for (const item of [...chainItems, ...linkedItems, ...repostBatches.flatMap((batch) => batch.items)]) items.set(item.id, item);
    useSpread.setState({ phase: 'ready', set, items });
  } catch (error) {
    if (generation !== loadGeneration) return;
    useSpread.setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}

export function selectNode(nodeId: string | null): void {
  useSpread.setState({ selectedNode: nodeId, notice: null });
}

export function setUnmasked(unmasked: boolean): void {
  useSpread.setState({ unmasked });
}

export function showNotice(kind: 'ok' | 'bad', text: string): void {
  useSpread.setState({ notice: { kind, text } });
}
