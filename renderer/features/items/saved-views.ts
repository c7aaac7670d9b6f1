// Saved views: a named filter + search + sort, one click from the sidebar. A few built in for the analyst's
// day; the analyst's own are kept in the workspace settings (items.views).
import { emptyFilter, type ItemFilter } from '../../../shared/search/filter';
import { DEFAULT_SORT, type SortSpec } from '../../../shared/search/sort';
import type { PlainMessageKey } from '../../i18n';
import type { TimePresetId } from './time-presets';

export interface SavedView {
  id: string;
  /** a built-in view's name is a message key; the analyst's own is what they typed */
  name: string;
  builtIn: boolean;
  filter: ItemFilter;
  /** a relative time range, resolved when the view is applied (今天 means the day it is opened) */
  timePreset: TimePresetId | null;
  query: string;
  sort: SortSpec;
}

export const SETTING_ITEM_VIEWS = 'items.views';

const view = (
  id: string,
  name: PlainMessageKey,
  filter: Partial<ItemFilter>,
  timePreset: TimePresetId | null,
  sort: SortSpec = DEFAULT_SORT,
): SavedView => ({
  id,
  name,
  builtIn: true,
  filter: { ...emptyFilter(), ...filter },
  timePreset,
  query: '',
  sort,
});

export const BUILT_IN_VIEWS: readonly SavedView[] = [
  view('today-new', 'items.view.todayNew', { statuses: ['new'] }, 'today'),
  view('high-risk', 'items.view.highRisk', { risks: [3, 4], statuses: ['new', 'assessed', 'handling'] }, null, {
    field: 'risk',
    direction: 'desc',
  }),
  view('rumours', 'items.view.rumours', { veracities: ['rumour', 'false', 'partlyFalse'] }, null),
  view('social-7', 'items.view.social', { kinds: ['social'] }, 'last7'),
  view('all', 'items.view.all', {}, null),
];

export function parseSavedViews(value: unknown): SavedView[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (entry): entry is SavedView =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as SavedView).id === 'string' &&
        typeof (entry as SavedView).name === 'string' &&
        typeof (entry as SavedView).filter === 'object',
    )
    .map((entry) => ({ ...entry, builtIn: false, filter: { ...emptyFilter(), ...entry.filter } }));
}
