// Filters with counts for the current filter (each facet counted as if its own selection were lifted), the
// time ranges of the analyst's day, and saved views one click away.
import { useDeferredValue, useState, type ReactNode } from 'react';
import { FEEDS, ITEM_KINDS, ITEM_STATUSES, RISK_LEVELS_BY_SEVERITY } from '../../../shared/domain/types';
import type { FacetCounts, FacetValueCount } from '../../../shared/search/facets';
import { activeFacetCount, emptyFilter, type FacetName, type ItemFilter } from '../../../shared/search/filter';
import { isMessageKey, useLocaleStore, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { applyTimePreset, applyView, patchFilter, setFilter, useItems } from './items-store';
import type { SavedView } from './saved-views';
import { TIME_PRESET_IDS } from './time-presets';
import { customDatesOf } from './items-link-filter';

const SHOWN = 8;

type ListFacet = Exclude<FacetName, 'time' | 'spread' | 'duplicate'>;

const FILTER_KEY: Record<ListFacet, keyof ItemFilter> = {
  feed: 'feeds',
  kind: 'kinds',
  platform: 'platforms',
  region: 'regions',
  unit: 'units',
  status: 'statuses',
  risk: 'risks',
  sentiment: 'sentiments',
  veracity: 'veracities',
  tag: 'tags',
  event: 'events',
  category: 'categories',
};

/** Fixed-order facets list their values in the domain's order; open ones by count. */
const FIXED_ORDER: Partial<Record<ListFacet, readonly string[]>> = {
  feed: FEEDS,
  kind: ITEM_KINDS,
  status: ITEM_STATUSES,
  risk: [...RISK_LEVELS_BY_SEVERITY.map(String), '0'],
};

function selectedValues(filter: ItemFilter, facet: ListFacet): string[] {
  return (filter[FILTER_KEY[facet]] as Array<string | number>).map(String);
}

function toggleValue(filter: ItemFilter, facet: ListFacet, value: string): Partial<ItemFilter> {
  const key = FILTER_KEY[facet];
  const current = filter[key] as Array<string | number>;
  const typed = facet === 'risk' ? Number(value) : value;
  const next = current.map(String).includes(value) ? current.filter((entry) => String(entry) !== value) : [...current, typed];
  return { [key]: next } as Partial<ItemFilter>;
}

interface Labels {
  label: (facet: ListFacet, value: string) => string;
}

function FacetGroup({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <fieldset className="facet" data-testid={testId}>
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

function CountedOption({
  checked,
  label,
  count,
  onChange,
  type = 'checkbox',
  name,
  depth = 0,
}: {
  checked: boolean;
  label: string;
  count: number | null;
  onChange: () => void;
  type?: 'checkbox' | 'radio';
  name?: string;
  depth?: number;
}) {
  return (
    <label className={`facet-option${count === 0 && !checked ? ' empty' : ''}`} style={depth ? { paddingLeft: depth * 14 } : undefined}>
      <input type={type} name={name} checked={checked} onChange={onChange} />
      <span className="facet-label" title={label}>
        {label}
      </span>
      {count === null ? null : <span className="facet-count">{formatNumber(count)}</span>}
    </label>
  );
}

function ListFacetGroup({
  facet,
  values,
  filter,
  labels,
}: {
  facet: ListFacet;
  /** null until the first counts arrive */
  values: FacetValueCount[] | null;
  filter: ItemFilter;
  labels: Labels;
}) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  if (values === null)
    return (
      <FacetGroup title={t(`items.facet.${facet}`)} testId={`facet-${facet}`}>
        <p className="facet-empty">{t('items.facet.counting')}</p>
      </FacetGroup>
    );
  const selected = selectedValues(filter, facet);
  const order = FIXED_ORDER[facet];
  let sorted = order
    ? order.map((value) => values.find((entry) => entry.value === value) ?? { value, count: 0 })
    : [...values].sort((a, b) =>
        facet === 'tag' ? a.value.localeCompare(b.value, 'zh-CN') : b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'),
      );
  if (order && facet !== 'risk') sorted = sorted.filter((entry) => entry.count > 0 || selected.includes(entry.value));
  const shown = expanded ? sorted : sorted.slice(0, SHOWN);
  return (
    <FacetGroup title={t(`items.facet.${facet}`)} testId={`facet-${facet}`}>
      {shown.length === 0 ? <p className="facet-empty">{t('items.facet.noValues')}</p> : null}
      {shown.map((entry) => (
        <CountedOption
          key={entry.value}
          checked={selected.includes(entry.value)}
          label={labels.label(facet, entry.value)}
          count={entry.count}
          depth={facet === 'tag' ? entry.value.split('/').length - 1 : 0}
          onChange={() => void patchFilter(toggleValue(filter, facet, entry.value))}
        />
      ))}
      {sorted.length > SHOWN ? (
        <button type="button" className="link-button" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('items.facet.less') : t('items.facet.more', { count: sorted.length - SHOWN })}
        </button>
      ) : null}
    </FacetGroup>
  );
}

function BooleanFacet({
  facet,
  values,
  value,
  onChange,
}: {
  facet: 'spread' | 'duplicate';
  values: FacetValueCount[];
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}) {
  const t = useT();
  const count = (key: string) => values.find((entry) => entry.value === key)?.count ?? 0;
  return (
    <FacetGroup title={t(`items.facet.${facet}`)} testId={`facet-${facet}`}>
      {(['yes', 'no'] as const).map((key) => (
        <CountedOption
          key={key}
          checked={value === (key === 'yes')}
          label={t(`items.facet.${facet}.${key}`)}
          count={count(key)}
          onChange={() => onChange(value === (key === 'yes') ? null : key === 'yes')}
        />
      ))}
    </FacetGroup>
  );
}

function TimeFacet({ facets, filter }: { facets: FacetCounts | null; filter: ItemFilter }) {
  const t = useT();
  const preset = useItems((state) => state.timePreset);
  const timeZone = useLocaleStore((state) => state.timeZone);
  const [from, setFrom] = useState(() => customDatesOf(filter.time, timeZone).from);
  const [to, setTo] = useState(() => customDatesOf(filter.time, timeZone).to);
  // a range set elsewhere (a click-through from 统计, an address, a saved view) shows in the boxes
  const [shownTime, setShownTime] = useState(filter.time);
  if (shownTime !== filter.time) {
    const dates = customDatesOf(filter.time, timeZone);
    setShownTime(filter.time);
    setFrom(dates.from);
    setTo(dates.to);
  }
  const count = (id: string) => facets?.time.find((entry) => entry.value === id)?.count ?? null;
  return (
    <FacetGroup title={t('items.facet.time')} testId="facet-time">
      <div className="time-field">
        <span>{t('items.facet.timeField')}</span>
        <select
          aria-label={t('items.facet.timeField')}
          value={filter.timeField}
          onChange={(event) => void patchFilter({ timeField: event.target.value as ItemFilter['timeField'] })}
        >
          <option value="reportedAt">{t('items.facet.timeField.reportedAt')}</option>
          <option value="publishedAt">{t('items.facet.timeField.publishedAt')}</option>
        </select>
      </div>
      <CountedOption
        type="radio"
        name="time"
        checked={preset === null}
        label={t('items.time.any')}
        count={null}
        onChange={() => void applyTimePreset(null)}
      />
      {TIME_PRESET_IDS.map((id) => (
        <CountedOption
          key={id}
          type="radio"
          name="time"
          checked={preset === id}
          label={t(`items.time.${id}`)}
          count={count(id)}
          onChange={() => void applyTimePreset(id)}
        />
      ))}
      <CountedOption
        type="radio"
        name="time"
        checked={preset === 'custom'}
        label={t('items.time.custom')}
        count={null}
        onChange={() => useItems.setState({ timePreset: 'custom' })}
      />
      {preset === 'custom' ? (
        <form
          className="time-custom"
          onSubmit={(event) => {
            event.preventDefault();
            void applyTimePreset('custom', { from, to });
          }}
        >
          <label>
            {t('items.time.from')}
            <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          </label>
          <label>
            {t('items.time.to')}
            <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          </label>
          <button type="submit" className="button secondary">
            {t('items.time.apply')}
          </button>
        </form>
      ) : null}
    </FacetGroup>
  );
}

export function FacetSidebar({
  views,
  labels,
  onSaveView,
  onRemoveView,
}: {
  views: SavedView[];
  labels: Labels;
  onSaveView: (name: string) => void;
  onRemoveView: (id: string) => void;
}) {
  const t = useT();
  // Counts for every facet at once are the page's largest render: deferred, React draws them in slices after
  // the list instead of in the same task (a 54 ms task as a million-item list first showed).
  const facets = useDeferredValue(useItems((state) => state.facets));
  const filter = useItems((state) => state.filter);
  const activeView = useItems((state) => state.activeViewId);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const list = (facet: ListFacet) => (
    <ListFacetGroup key={facet} facet={facet} values={facets ? facets[facet] : null} filter={filter} labels={labels} />
  );
  return (
    <nav className="facet-sidebar" aria-label={t('items.facets')} data-testid="facet-sidebar">
      <section className="views" data-testid="saved-views">
        <h2>{t('items.facet.views')}</h2>
        <ul>
          {views.map((view) => (
            <li key={view.id}>
              <button
                type="button"
                className={`view-button${activeView === view.id ? ' active' : ''}`}
                aria-pressed={activeView === view.id}
                onClick={() => void applyView(view)}
              >
                {view.builtIn && isMessageKey(view.name) ? t(view.name) : view.name}
              </button>
              {view.builtIn ? null : (
                <button
                  type="button"
                  className="view-remove"
                  aria-label={t('items.view.remove', { name: view.name })}
                  onClick={() => onRemoveView(view.id)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {naming ? (
          <form
            className="view-save"
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim()) onSaveView(name.trim());
              setNaming(false);
              setName('');
            }}
          >
            <input
              aria-label={t('items.view.savePrompt')}
              placeholder={t('items.view.savePrompt')}
              value={name}
              autoFocus
              onChange={(event) => setName(event.target.value)}
            />
            <button type="submit" className="button secondary">
              {t('items.view.saveConfirm')}
            </button>
          </form>
        ) : (
          <button type="button" className="link-button" onClick={() => setNaming(true)}>
            {t('items.view.save')}
          </button>
        )}
      </section>
      {activeFacetCount(filter) > 0 ? (
        <button
          type="button"
          className="button secondary clear-filters"
          onClick={() => void setFilter({ ...emptyFilter(), timeField: filter.timeField })}
        >
          {t('items.clearFilters')}
        </button>
      ) : null}
      <TimeFacet facets={facets} filter={filter} />
      {list('status')}
      {list('kind')}
      {list('feed')}
      {list('platform')}
      {list('risk')}
      {list('sentiment')}
      {list('veracity')}
      {list('tag')}
      {list('region')}
      {list('unit')}
      {list('event')}
      {list('category')}
      <BooleanFacet
        facet="spread"
        values={facets?.spread ?? []}
        value={filter.hasSpread}
        onChange={(value) => void patchFilter({ hasSpread: value })}
      />
      <BooleanFacet
        facet="duplicate"
        values={facets?.duplicate ?? []}
        value={filter.suspected}
        onChange={(value) => void patchFilter({ suspected: value })}
      />
    </nav>
  );
}
