// The items page's state and the small API other features use: the current filter, query, sort, selection
// and focus, the totals, and openItem / selectedItemIds. The result itself stays in the
// index worker; this store holds only the rows on screen (fetched from the store by id).
import { create } from 'zustand';
import type { Item } from '../../../shared/domain/types';
import type { FacetCounts } from '../../../shared/search/facets';
import { emptyFilter, type ItemFilter } from '../../../shared/search/filter';
import { DEFAULT_SORT, type SortSpec } from '../../../shared/search/sort';
import { useDesk } from '../../workspace/desk';
import { errorText, useLocaleStore } from '../../i18n';
import { createWorkerEngine, type TriageEngine } from './engine/engine-client';
import type { EngineStatus } from './engine/protocol';
import type { SavedView } from './saved-views';
import { startOfDayInZone } from '../../../shared/time';
import { timePresets, type TimePresetId } from './time-presets';
import { filterFromItemsLinkHash } from './items-link-filter';
import { useRouter } from '../../workspace/router';
import { provideItemOpener } from '../../workspace/item-opener';
import { onStoreChanged } from '../../workspace/store-changes';
import { provideTriageTargets } from '../triage';

export interface ItemsTotals {
  /** items matching the filter and the search */
  matching: number;
  /** live items in the index */
  indexed: number;
  tookMs: number;
}

export interface ItemsState {
  filter: ItemFilter;
  query: string;
  sort: SortSpec;
  selectedIds: ReadonlySet<string>;
  /** row position of the keyboard focus in the current result */
  focusedIndex: number;
  focusedId: string | null;
  /** where a shift-click range starts */
  anchorIndex: number | null;
  totals: ItemsTotals | null;
  facets: FacetCounts | null;
  resultVersion: number;
  status: EngineStatus;
  /** position → item, for the rows fetched for the current result */
  rows: ReadonlyMap<number, Item>;
  /** the item shown in the detail panel (#/items/<id>) */
  openedId: string | null;
  /** which time range the sidebar shows as chosen; the filter holds the resolved range */
  timePreset: TimePresetId | 'custom' | null;
  /** the saved view last applied, until the filter is changed by hand */
  activeViewId: string | null;
  error: string | null;
}

const initialState = (): ItemsState => ({
  filter: emptyFilter(),
  query: '',
  sort: DEFAULT_SORT,
  selectedIds: new Set(),
  focusedIndex: 0,
  focusedId: null,
  anchorIndex: null,
  totals: null,
  facets: null,
  resultVersion: 0,
  status: { state: 'idle', done: 0, total: 0, error: null },
  rows: new Map(),
  openedId: openedIdFromHash(typeof window === 'undefined' ? '' : window.location.hash),
  timePreset: null,
  activeViewId: null,
  error: null,
});

export const useItems = create<ItemsState>(initialState);

let engine: TriageEngine | null = null;
let engineReady: Promise<void> | null = null;
let runToken = 0;
const rowRequests = new Set<string>();

export function openedIdFromHash(hash: string): string | null {
  const match = /^#\/items\/([^/?#]+)/.exec(hash);
  return match ? decodeURIComponent(match[1] as string) : null;
}

/**
 * Starts the index worker (once) and the first query. `create` and `databaseName` are for tests; the app
 * passes nothing.
 */
export function startItemsEngine(
  options: { create?: () => TriageEngine; databaseName?: string; forceRebuild?: boolean } = {},
): Promise<void> {
  if (engineReady) return engineReady;
  engine = (options.create ?? createWorkerEngine)();
  engine.onStatus((status) => useItems.setState({ status }));
  const opened = engine.call('open', { databaseName: options.databaseName, forceRebuild: options.forceRebuild });
  // the worker reads what else searches and filters need once the first rows are shown (IndexHost.window)
  engineReady = opened.then(
    () => runQuery(),
    (error: unknown) => useItems.setState({ error: errorText(error) }),
  );
  return engineReady;
}

/** For tests: forget the engine and the state. */
export function resetItemsStore(): void {
  engine?.close();
  engine = null;
  engineReady = null;
  rowRequests.clear();
  useItems.setState(initialState());
}

/** Runs the current filter, query and sort; keeps the focus on the same item when it is still in the result. */
export async function runQuery(): Promise<void> {
  if (!engine) return;
  const token = ++runToken;
  const { filter, query, sort, focusedId } = useItems.getState();
  try {
    const reply = await engine.call('run', {
      filter,
      query,
      sort,
      timePresets: timePresets(Date.now(), useLocaleStore.getState().timeZone),
    });
    if (token !== runToken) return;
    const kept = focusedId ? await engine.call('positionOf', { resultVersion: reply.resultVersion, id: focusedId }) : -1;
    if (token !== runToken) return;
    rowRequests.clear();
    useItems.setState({
      resultVersion: reply.resultVersion,
      totals: { matching: reply.total, indexed: reply.indexed, tookMs: reply.tookMs },
      facets: reply.facets,
      rows: new Map(),
      focusedIndex: kept >= 0 ? kept : 0,
      focusedId: kept >= 0 ? focusedId : null,
      anchorIndex: null,
      error: null,
    });
  } catch (error) {
    if (token === runToken) useItems.setState({ error: errorText(error) });
  }
}

export function setFilter(filter: ItemFilter): Promise<void> {
  useItems.setState({ filter, activeViewId: null, ...(filter.time === null ? { timePreset: null } : {}) });
  return runQuery();
}

/** Chooses a time range: a preset of the analyst's day, a custom span of dates (inclusive), or none. */
export function applyTimePreset(preset: TimePresetId | 'custom' | null, custom?: { from: string; to: string }): Promise<void> {
  const { filter } = useItems.getState();
  const timeZone = useLocaleStore.getState().timeZone;
  let time: ItemFilter['time'] = null;
  if (preset === 'custom') {
    const day = (date: string, after: boolean) => {
      if (!date) return null;
      const start = startOfDayInZone(Date.parse(`${date}T12:00:00Z`), timeZone);
      return after ? startOfDayInZone(start + 36 * 3_600_000, timeZone) : start;
    };
    time = { fromMs: day(custom?.from ?? '', false), toMs: day(custom?.to ?? '', true) };
  } else if (preset !== null) {
    const range = timePresets(Date.now(), timeZone).find((candidate) => candidate.id === preset);
    time = range ? { fromMs: range.fromMs, toMs: range.toMs } : null;
  }
  useItems.setState({ filter: { ...filter, time }, timePreset: preset, activeViewId: null });
  return runQuery();
}

/** Shows what a `#/items?from=…&platform=…` address asks for (a link from 统计, opened directly or reloaded). */
export function applyItemsLinkHash(hash: string): Promise<void> {
  const filter = filterFromItemsLinkHash(hash);
  useItems.setState({ filter, query: '', timePreset: filter.time ? 'custom' : null, activeViewId: null });
  return runQuery();
}

export function patchFilter(patch: Partial<ItemFilter>): Promise<void> {
  const { filter, timePreset } = useItems.getState();
  useItems.setState({ filter: { ...filter, ...patch }, activeViewId: null, timePreset });
  return runQuery();
}

export function setQuery(query: string): Promise<void> {
  useItems.setState({ query });
  return runQuery();
}

export function setSort(sort: SortSpec): Promise<void> {
  useItems.setState({ sort });
  return runQuery();
}

/** Sets filter, query and sort at once (a saved view); its time preset is resolved against today. */
export function applyView(view: SavedView): Promise<void> {
  let time = view.filter.time;
  if (view.timePreset) {
    const range = timePresets(Date.now(), useLocaleStore.getState().timeZone).find((candidate) => candidate.id === view.timePreset);
    time = range ? { fromMs: range.fromMs, toMs: range.toMs } : null;
  }
  useItems.setState({
    filter: { ...view.filter, time },
    query: view.query,
    sort: view.sort,
    timePreset: view.timePreset ?? (time ? 'custom' : null),
    activeViewId: view.id,
  });
  return runQuery();
}

/** Fetches the rows [first, end) of the current result that are not on hand yet. */
export async function ensureRows(first: number, end: number): Promise<void> {
  const { resultVersion, rows, totals } = useItems.getState();
  const repositories = useDesk.getState().repositories;
  if (!engine || !repositories || !totals) return;
  const last = Math.min(end, totals.matching);
  let start = first;
  while (start < last && rows.has(start)) start += 1;
  let stop = last;
  while (stop > start && rows.has(stop - 1)) stop -= 1;
  if (start >= stop) return;
  const key = `${resultVersion}:${start}:${stop}`;
  if (rowRequests.has(key)) return;
  rowRequests.add(key);
  try {
    const reply = await engine.call('window', { resultVersion, start, count: stop - start });
    if (reply.resultVersion !== useItems.getState().resultVersion) return;
    const items = await repositories.items.getMany(reply.ids);
    if (resultVersion !== useItems.getState().resultVersion) return;
    useItems.setState((state) => {
      const next = new Map(state.rows);
      items.forEach((item, offset) => {
        if (item) next.set(start + offset, item);
      });
      return { rows: next };
    });
  } finally {
    rowRequests.delete(key);
  }
}

/**
 * After a write of items (an import chunk, a bulk edit, an assessment): the worker catches up with the audit
 * log and the list, counts and facets are run again. The audit log is what the worker trusts, so it needs no
 * list of what changed.
 */
async function refreshAfterWrite(): Promise<void> {
  if (!engine || !engineReady) return;
  await engineReady;
  await engine.call('sync');
  await runQuery();
}

let refreshing = false;
let refreshAgain = false;

/** An import writes chunk after chunk: one catch-up runs at a time, and one more after it covers what came meanwhile. */
function refreshSoon(): void {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = true;
  void refreshAfterWrite().finally(() => {
    refreshing = false;
    if (!refreshAgain) return;
    refreshAgain = false;
    refreshSoon();
  });
}

/** Shows an item in the detail panel and puts it in the address (#/items/<id>), so Back closes it. */
export function openItem(id: string): void {
  useItems.setState({ openedId: id });
  const hash = `#/items/${encodeURIComponent(id)}`;
  if (window.location.hash !== hash) window.location.hash = hash;
}

export function closeItem(): void {
  useItems.setState({ openedId: null });
  if (window.location.hash !== '#/items') window.location.hash = '#/items';
}

/** The selection; the focused item when nothing is selected, so a command always has something to act on. */
export function selectedItemIds(): string[] {
  const { selectedIds, focusedId } = useItems.getState();
  if (selectedIds.size > 0) return [...selectedIds];
  return focusedId ? [focusedId] : [];
}

export function focusRow(index: number): void {
  const { totals, rows } = useItems.getState();
  const count = totals?.matching ?? 0;
  if (count === 0) return;
  const focusedIndex = Math.min(Math.max(0, index), count - 1);
  useItems.setState({ focusedIndex, focusedId: rows.get(focusedIndex)?.id ?? null });
}

export function moveFocus(delta: number): void {
  focusRow(useItems.getState().focusedIndex + delta);
}

/** The focused row's item id once its row has been fetched. */
export function syncFocusedId(): void {
  const { rows, focusedIndex, focusedId } = useItems.getState();
  const id = rows.get(focusedIndex)?.id ?? null;
  if (id !== focusedId && id !== null) useItems.setState({ focusedId: id });
}

export function toggleSelected(id: string, index?: number): void {
  useItems.setState((state) => {
    const selectedIds = new Set(state.selectedIds);
    if (selectedIds.has(id)) selectedIds.delete(id);
    else selectedIds.add(id);
    return { selectedIds, anchorIndex: index ?? state.anchorIndex };
  });
}

/** Largest shift-click range: beyond it the analyst should filter, not select row by row. */
export const MAX_RANGE_SELECTION = 10_000;

/** Shift-click: selects every row from the anchor (or the focus) to `index`. */
export async function selectRangeTo(index: number): Promise<void> {
  const { anchorIndex, focusedIndex, resultVersion } = useItems.getState();
  if (!engine) return;
  const from = anchorIndex ?? focusedIndex;
  const start = Math.min(from, index);
  const count = Math.min(Math.abs(index - from) + 1, MAX_RANGE_SELECTION);
  const reply = await engine.call('window', { resultVersion, start, count });
  if (reply.resultVersion !== useItems.getState().resultVersion) return;
  useItems.setState((state) => ({ selectedIds: new Set([...state.selectedIds, ...reply.ids]), anchorIndex: from }));
}

export function clearSelection(): void {
  useItems.setState({ selectedIds: new Set(), anchorIndex: null });
}

/** Forces a full rebuild of the index from the store (设置 → 重建索引, and the benchmark). */
export async function rebuildIndex(): Promise<void> {
  if (!engine) return;
  await engine.call('rebuild');
  await runQuery();
}

export function currentEngine(): TriageEngine | null {
  return engine;
}

// Triage commands act on what this list selects, pages beside it open items in it, and the list, its facets and
// the search index follow every write of items (triage, undo, import, demo), however it was made.
provideTriageTargets(() => {
  if (useRouter.getState().route !== 'items') return [];
  const { selectedIds, openedId } = useItems.getState();
  if (selectedIds.size > 1) return [...selectedIds];
  if (openedId) return [openedId];
  return selectedItemIds();
});
provideItemOpener(openItem);
onStoreChanged((change) => {
  if (!change.tables.includes('items')) return;
  // An import's chunks are many, and share catch-ups. Any other write refreshes at once, so its run supersedes
  // an older one still on its way (runToken) and no item shows, even briefly, its state from before the write.
  if (change.tables.includes('importBatches')) refreshSoon();
  else void refreshAfterWrite();
});
