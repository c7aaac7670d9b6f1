// The list's columns: which exist, which show by default, how wide. The analyst's choice is remembered in
// the workspace settings (items.columns), so the list looks the same after a restart.
import type { PlainMessageKey } from '../../i18n';

export const COLUMN_IDS = [
  'kind',
  'reportedAt',
  'publishedAt',
  'platform',
  'title',
  'region',
  'unit',
  'feeds',
  'account',
  'status',
  'risk',
  'sentiment',
  'veracity',
  'tags',
  'reposts',
  'comments',
  'likes',
  'views',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface ColumnSettings {
  visible: ColumnId[];
  widths: Partial<Record<ColumnId, number>>;
}

export const SETTING_ITEM_COLUMNS = 'items.columns';

/** 社会/网络 is always shown: analysts confuse the two when it is hidden. */
export const ALWAYS_VISIBLE: ReadonlySet<ColumnId> = new Set(['kind', 'title']);

export const DEFAULT_WIDTHS: Record<ColumnId, number> = {
  kind: 76,
  reportedAt: 150,
  publishedAt: 150,
  platform: 96,
  title: 420,
  region: 96,
  unit: 120,
  feeds: 110,
  account: 110,
  status: 76,
  risk: 80,
  sentiment: 64,
  veracity: 80,
  tags: 150,
  reposts: 64,
  comments: 64,
  likes: 64,
  views: 76,
};

export const NUMERIC_COLUMNS: ReadonlySet<ColumnId> = new Set(['reposts', 'comments', 'likes', 'views']);

export const DEFAULT_COLUMNS: ColumnSettings = {
  visible: ['kind', 'reportedAt', 'platform', 'title', 'status', 'risk', 'reposts'],
  widths: {},
};

export const MIN_COLUMN_WIDTH = 48;

export const columnLabel = (id: ColumnId): PlainMessageKey => `items.column.${id}`;

/** Reads a stored setting defensively: unknown columns are dropped, the always-visible ones put back. */
export function normaliseColumns(value: unknown): ColumnSettings {
  const raw = (value ?? {}) as Partial<ColumnSettings>;
  const known = (id: unknown): id is ColumnId => typeof id === 'string' && (COLUMN_IDS as readonly string[]).includes(id);
  const visible = Array.isArray(raw.visible) ? raw.visible.filter(known) : [...DEFAULT_COLUMNS.visible];
  for (const id of ALWAYS_VISIBLE) if (!visible.includes(id)) visible.splice(id === 'kind' ? 0 : visible.length, 0, id);
  const widths: Partial<Record<ColumnId, number>> = {};
  for (const [id, width] of Object.entries(raw.widths ?? {})) {
    if (known(id) && typeof width === 'number' && Number.isFinite(width)) widths[id] = Math.max(MIN_COLUMN_WIDTH, Math.round(width));
  }
  return { visible: COLUMN_IDS.filter((id) => visible.includes(id)), widths };
}

export function widthOf(settings: ColumnSettings, id: ColumnId): number {
  return settings.widths[id] ?? DEFAULT_WIDTHS[id];
}
