import { useEffect, useId, useMemo, useState } from 'react';
import type { Item } from '../../../shared/domain/types';
import type { Repositories } from '../../db';
import { sortKeyOf } from '../../db';
import { isMessageKey, useLocaleStore, useT } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { startOfDayInZone } from '../../../shared/time';
import { selectedItemIds, useItems } from '../items';
import { BUILT_IN_VIEWS, SETTING_ITEM_VIEWS, parseSavedViews, type SavedView } from '../items';
import { canStartFromView, loadSavedView } from './saved-view-items';

const VIEWS = ['todayAssessed', 'today', 'last3', 'last7'] as const;
export type PickerView = (typeof VIEWS)[number];

/** At most this many items are listed; a report holds a few dozen, and the list must open at once. */
export const PICKER_LIMIT = 300;

const DAY_MS = 86_400_000;

/** [from, to) in epoch ms of the view's days, counted in the workspace zone. */
export function viewWindow(view: PickerView, now: number, timeZone: string): { from: number; to: number } {
  const startOfToday = startOfDayInZone(now, timeZone);
  const days = view === 'last7' ? 7 : view === 'last3' ? 3 : 1;
  // A day later than any item can have been reported, so items stamped ahead of this clock still show.
  return { from: startOfDayInZone(startOfToday - (days - 1) * DAY_MS + DAY_MS / 2, timeZone), to: now + DAY_MS };
}

/** The items of one view, newest report first; notOpinion items never go into a report. */
export async function loadView(
  items: Pick<Repositories['items'], 'page'>,
  view: PickerView,
  now: number,
  timeZone: string,
): Promise<{ items: Item[]; truncated: boolean }> {
  const { from, to } = viewWindow(view, now, timeZone);
  const page = await items.page({ index: 'reportedAt', direction: 'desc', after: { key: to, id: '' }, limit: PICKER_LIMIT });
  const inWindow = page.items.filter((item) => sortKeyOf(item.reportedAt) >= from);
  const truncated = inWindow.length === page.items.length && page.next !== null;
  const wanted = inWindow.filter((item) => !item.notOpinion && (view !== 'todayAssessed' || item.status !== 'new'));
  return { items: wanted, truncated };
}

function matches(item: Item, query: string): boolean {
  if (query === '') return true;
  return [item.title, item.content, item.platform, item.region].some((field) => field?.toLowerCase().includes(query));
}

export function itemTitle(item: Pick<Item, 'title' | 'content'>, untitled: string): string {
  return item.title?.trim() || item.content?.trim().slice(0, 40) || untitled;
}

/** The views of 条目 a report can start from: the built-in ones and the analyst's own, as the items page lists them. */
function useSavedViews(repositories: Repositories): SavedView[] {
  const [own, setOwn] = useState<SavedView[]>([]);
  useEffect(() => {
    let live = true;
    void repositories.settings.get<unknown>(SETTING_ITEM_VIEWS, []).then((value) => live && setOwn(parseSavedViews(value)));
    return () => {
      live = false;
    };
  }, [repositories]);
  return useMemo(() => [...BUILT_IN_VIEWS, ...own].filter(canStartFromView), [own]);
}

/** 添加条目: start from a view of the store (today's assessed items …), narrow by text, tick, add. */
export function ItemPicker({
  repositories,
  inReport,
  onAdd,
}: {
  repositories: Repositories;
  inReport: ReadonlySet<string>;
  onAdd: (items: Item[]) => void;
}) {
  const t = useT();
  const ids = useId();
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [view, setView] = useState<PickerView>('todayAssessed');
  // A saved view of 条目, when chosen, replaces the quick views above until one of those is clicked again.
  const [savedView, setSavedView] = useState<SavedView | null>(null);
  const sourceKey = savedView ? `saved:${savedView.id}` : `quick:${view}`;
  const [result, setResult] = useState<{ sourceKey: string; items: Item[]; truncated: boolean } | null>(null);
  const loaded = result?.sourceKey === sourceKey ? result : null;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const savedViews = useSavedViews(repositories);

  useEffect(() => {
    let live = true;
    const now = Date.now();
    const loading = savedView
      ? loadSavedView(repositories.items, savedView, now, timeZone, PICKER_LIMIT)
      : loadView(repositories.items, view, now, timeZone);
    void loading.then((found) => live && setResult({ sourceKey, ...found }));
    return () => {
      live = false;
    };
  }, [repositories, view, savedView, sourceKey, timeZone]);

  // The selection made on the items page (条目), offered as a starting point of its own.
  const selectionSize = useItems((state) => state.selectedIds.size);
  const addSelection = async () => {
    const found = await repositories.items.getMany(selectedItemIds());
    onAdd(found.filter((item): item is Item => item !== undefined && !inReport.has(item.id)));
  };

  const shown = useMemo(() => (loaded?.items ?? []).filter((item) => matches(item, query.trim().toLowerCase())), [loaded, query]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = () => {
    onAdd(shown.filter((item) => chosen.has(item.id)));
    setChosen(new Set());
  };

  return (
    <section className="panel picker" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('reports.picker.title')}</h3>
      {selectionSize > 0 ? (
        <p>
          <button type="button" className="button secondary" onClick={() => void addSelection()}>
            {t('reports.picker.selection', { count: selectionSize })}
          </button>
        </p>
      ) : (
        <p className="hint">{t('reports.picker.selectionHint')}</p>
      )}
      <div className="inline-fields">
        <RadioGroup
          name={`${ids}-view`}
          legend={t('reports.picker.view')}
          choices={VIEWS.map((value) => ({ value, label: t(`reports.picker.view.${value}`) }))}
          checked={savedView === null ? view : null}
          onValue={(candidate) => {
            setView(candidate);
            setSavedView(null);
            setChosen(new Set());
          }}
        />
        <SelectField
          id={`${ids}-saved`}
          label={t('reports.picker.savedView')}
          value={savedView?.id ?? ''}
          onValue={(id) => {
            setSavedView(savedViews.find((candidate) => candidate.id === id) ?? null);
            setChosen(new Set());
          }}
        >
          <option value="">{t('reports.picker.savedView.none')}</option>
          {savedViews.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.builtIn && isMessageKey(candidate.name) ? t(candidate.name) : candidate.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${ids}-query`}
          label={t('reports.picker.search')}
          type="search"
          placeholder={t('reports.picker.searchPlaceholder')}
          value={query}
          onValue={setQuery}
        />
      </div>
      {loaded === null ? (
        <p className="muted">{t('reports.picker.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('reports.picker.empty')}</p>
      ) : (
        <ul className="picker-list" data-testid="picker-list">
          {shown.map((item) => {
            const already = inReport.has(item.id);
            const title = itemTitle(item, t('reports.untitled'));
            return (
              <li key={item.id}>
                <label className={already ? 'muted' : undefined}>
                  <input
                    type="checkbox"
                    disabled={already}
                    checked={already || chosen.has(item.id)}
                    aria-label={t('reports.picker.choose', { title })}
                    onChange={() => toggle(item.id)}
                  />
                  <span className={`kind-tag kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
                  <span className="picker-title">{title}</span>
                  <span className="muted">
                    {[item.platform, item.region, formatDateTime(item.reportedAt)].filter(Boolean).join(' · ')}
                    {already ? ` · ${t('reports.picker.inReport')}` : ''}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {loaded?.truncated ? <p className="hint">{t('reports.picker.truncated', { count: PICKER_LIMIT })}</p> : null}
      <button type="button" className="button secondary" disabled={chosen.size === 0} onClick={add}>
        {t('reports.picker.add', { count: chosen.size })}
      </button>
    </section>
  );
}
