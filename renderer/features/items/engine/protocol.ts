// What the items page and the index worker exchange: the queries' shapes and the worker's events. The calls
// themselves are the handlers of engine-handlers.ts.
import type { FacetCounts, TimePreset } from '../../../../shared/search/facets';
import type { ItemFilter } from '../../../../shared/search/filter';
import type { SortSpec } from '../../../../shared/search/sort';

export interface RunRequest {
  filter: ItemFilter;
  query: string;
  sort: SortSpec;
  timePresets: TimePreset[];
}

export interface RunReply {
  /** bumped by every run: windows of an older result are dropped */
  resultVersion: number;
  total: number;
  facets: FacetCounts;
  /** live items in the index */
  indexed: number;
  tookMs: number;
}

export interface WindowReply {
  resultVersion: number;
  start: number;
  ids: string[];
}

export type EngineState = 'idle' | 'loading' | 'building' | 'ready' | 'failed';

export interface EngineStatus {
  state: EngineState;
  /** items read so far while building */
  done: number;
  total: number;
  error: string | null;
}

/** What the index worker tells the page unasked. */
export type EngineEvents = {
  status: EngineStatus;
  /** a step of the worker's open reached, at `at` ms since the epoch (the worker's clock has another origin) */
  mark: { step: string; at: number };
};

/** When the worker reached a step of its open, in ms since the page's navigation. */
export interface EngineMark {
  step: string;
  atMs: number;
}
