// Messages between the items page and the index worker. Requests carry an id; the worker answers each with
// the same id, in the order it received them (it handles one at a time).
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

export type EngineCall =
  | { type: 'open'; databaseName?: string; forceRebuild?: boolean }
  | { type: 'run'; request: RunRequest }
  | { type: 'window'; resultVersion: number; start: number; count: number }
  | { type: 'positionOf'; resultVersion: number; id: string }
  | { type: 'sync' }
  | { type: 'rebuild' }
  | { type: 'search'; query: string; limit: number }
  | { type: 'warm' };

export type EngineRequest = EngineCall & { requestId: number };

export type EngineMessage =
  | { kind: 'reply'; requestId: number; ok: true; value: unknown }
  | { kind: 'reply'; requestId: number; ok: false; error: string }
  | { kind: 'status'; status: EngineStatus }
  /** a step of the worker's open reached, at `at` ms since the epoch (the worker's clock has another origin) */
  | { kind: 'mark'; step: string; at: number };

/** When the worker reached a step of its open, in ms since the page's navigation. */
export interface EngineMark {
  step: string;
  atMs: number;
}
