import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Item } from '../../../shared/domain/types';
import { activeFacetCount, emptyFilter } from '../../../shared/search/filter';
import { parseQuery } from '../../../shared/search/query';
import { installShortcutListener } from '../../commands/shortcuts';
import { PageHeading } from '../../ui/PageHeading';
import { repositoriesOrThrow, useDesk, writeContext } from '../../workspace/desk';
import { useStoreChanged } from '../../workspace/store-changes';
import { newId } from '../../../shared/ids';
import { isMessageKey, useT } from '../../i18n';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ItemDetail } from './detail/ItemDetail';
import { FacetSidebar } from './FacetSidebar';
import { Toolbar } from './ItemsToolbar';
import { ItemList } from './ItemList';
import { isItemsLinkHash } from './items-link-filter';
import {
  applyItemsLinkHash,
  closeItem,
  openedIdFromHash,
  rebuildIndex,
  setFilter,
  setQuery,
  startItemsEngine,
  useItems,
} from './items-store';
import { DEFAULT_COLUMNS, SETTING_ITEM_COLUMNS, normaliseColumns, type ColumnId, type ColumnSettings } from './list-columns';
import { BUILT_IN_VIEWS, SETTING_ITEM_VIEWS, parseSavedViews, type SavedView } from './saved-views';
import './items.css';

function useNames(table: 'units' | 'events'): ReadonlyMap<string, string> {
  const repositories = useDesk((state) => state.repositories);
  const storeVersion = useStoreChanged([table]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!repositories) return;
    const load: Promise<Array<{ id: string; name: string }>> = table === 'units' ? repositories.units.list() : repositories.events.list();
    void load.then((rows) => setNames(new Map(rows.map((row) => [row.id, row.name]))));
  }, [repositories, table, storeVersion]);
  return names;
}

/** While the first index is built: the newest items straight from the store's keyset index. */
function FallbackList() {
  const t = useT();
  const [items, setItems] = useState<Item[]>([]);
  useEffect(() => {
    void repositoriesOrThrow()
      .items.page({ index: 'reportedAt', direction: 'desc', limit: 50 })
      .then((page) => setItems(page.items));
  }, []);
  return (
    <div className="fallback-list">
      <h2 className="section-title">{t('items.fallbackTitle')}</h2>
      <table className="data-table">
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <span className={`kind-badge kind-${item.kind}`}>{t(`kind.${item.kind}`)}</span>
              </td>
              <td>{formatDateTime(item.reportedAt)}</td>
              <td>{item.platform ?? ''}</td>
              <td>{item.title ?? item.content?.slice(0, 60) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EmptyResult() {
  const t = useT();
  const filter = useItems((state) => state.filter);
  const query = useItems((state) => state.query);
  const indexed = useItems((state) => state.totals?.indexed ?? 0);
  const filtered = activeFacetCount(filter) > 0 || query.trim() !== '';
  return (
    <div className="empty-state" data-testid="items-empty">
      <h2>{t('items.empty.title')}</h2>
      <p>{indexed === 0 && !filtered ? t('items.empty.store') : t('items.empty.filtered')}</p>
      {filtered ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            void setQuery('');
            void setFilter(emptyFilter());
          }}
        >
          {t('items.clearFilters')}
        </button>
      ) : null}
    </div>
  );
}

function useColumnSettings(): [ColumnSettings, (next: ColumnSettings, persist?: boolean) => void] {
  const [columns, setColumns] = useState<ColumnSettings>(DEFAULT_COLUMNS);
  useEffect(() => {
    void repositoriesOrThrow()
      .settings.get<unknown>(SETTING_ITEM_COLUMNS, DEFAULT_COLUMNS)
      .then((value) => setColumns(normaliseColumns(value)));
  }, []);
  const update = useCallback((next: ColumnSettings, persist = true) => {
    setColumns(next);
    if (persist) void repositoriesOrThrow().settings.set(SETTING_ITEM_COLUMNS, next, writeContext());
  }, []);
  return [columns, update];
}

function useSavedViews(): [SavedView[], (name: string) => void, (id: string) => void] {
  const [own, setOwn] = useState<SavedView[]>([]);
  useEffect(() => {
    void repositoriesOrThrow()
      .settings.get<unknown>(SETTING_ITEM_VIEWS, [])
      .then((value) => setOwn(parseSavedViews(value)));
  }, []);
  const store = (next: SavedView[]) => {
    setOwn(next);
    void repositoriesOrThrow().settings.set(SETTING_ITEM_VIEWS, next, writeContext());
  };
  const save = (name: string) => {
    const { filter, query, sort, timePreset } = useItems.getState();
    const relative = timePreset === 'custom' ? null : timePreset;
    store([
      ...own,
      { id: newId(), name, builtIn: false, filter: relative ? { ...filter, time: null } : filter, timePreset: relative, query, sort },
    ]);
  };
  const remove = (id: string) => store(own.filter((view) => view.id !== id));
  return [[...BUILT_IN_VIEWS, ...own], save, remove];
}

/**
 * The build's progress, in a component of its own: a million-item build reports ~200 times, and each report
 * re-rendered the whole page (sidebar, toolbar) on the UI thread while it was loaded by the build.
 */
function BuildingNotice() {
  const t = useT();
  const done = useItems((state) => state.status.done);
  const total = useItems((state) => state.status.total);
  return (
    <p className="notice" role="status" data-testid="index-building">
      {t('items.engine.building', { done: formatNumber(done), total: formatNumber(total) })}
    </p>
  );
}

export function ItemsPage() {
  const t = useT();
  const engineState = useItems((state) => state.status.state);
  const engineError = useItems((state) => state.status.error);
  const totals = useItems((state) => state.totals);
  const error = useItems((state) => state.error);
  const openedId = useItems((state) => state.openedId);
  const query = useItems((state) => state.query);
  const unitNames = useNames('units');
  const eventNames = useNames('events');
  const [columns, setColumns] = useColumnSettings();
  const [views, saveView, removeView] = useSavedViews();
  const highlight = useMemo(() => parseQuery(query).include.map((term) => term.text), [query]);

  useEffect(() => {
    // an address with a filter (a link from 统计, a reload) is applied before the first query runs
    if (isItemsLinkHash(window.location.hash)) void applyItemsLinkHash(window.location.hash);
    void startItemsEngine();
  }, []);
  useEffect(() => {
    const removeShortcuts = installShortcutListener();
    let appliedLink = window.location.hash;
    const onHash = () => {
      const hash = window.location.hash;
      useItems.setState({ openedId: openedIdFromHash(hash) });
      // back/forward between two links from 统计; the first one was applied at mount
      if (isItemsLinkHash(hash) && hash !== appliedLink) void applyItemsLinkHash(hash);
      appliedLink = hash;
    };
    window.addEventListener('hashchange', onHash);
    onHash();
    return () => {
      removeShortcuts();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);

  const labels = useMemo(
    () => ({
      label: (facet: string, value: string): string => {
        if (value === '' || value === 'none')
          return t(facet === 'sentiment' || facet === 'veracity' ? `items.${facet}.none` : 'items.facet.none');
        switch (facet) {
          case 'feed':
          case 'status':
          case 'risk':
          case 'sentiment':
          case 'veracity':
          case 'kind': {
            const key = facet === 'kind' ? `kind.${value}` : `items.${facet}.${value}`;
            return isMessageKey(key) ? t(key) : value;
          }
          case 'unit':
            return unitNames.get(value) ?? value;
          case 'event':
            return eventNames.get(value) ?? value;
          case 'tag':
            return value.slice(value.lastIndexOf('/') + 1);
          default:
            return value;
        }
      },
    }),
    [t, unitNames, eventNames],
  );

  const ready = engineState === 'ready' && totals !== null;
  // from mounting until the first result: the worker is starting, reading the index or running the first query
  const opening = engineState === 'idle' || engineState === 'loading' || (engineState === 'ready' && totals === null);
  return (
    <section className="page items-page" data-page="items">
      <PageHeading
        aside={
          totals ? (
            <span className="items-count" data-testid="items-count">
              {totals.matching === totals.indexed
                ? t('items.total', { count: formatNumber(totals.matching) })
                : t('items.totalOf', { count: formatNumber(totals.matching), indexed: formatNumber(totals.indexed) })}
              <span className="muted"> · {t('items.took', { ms: Math.max(1, Math.round(totals.tookMs)) })}</span>
            </span>
          ) : null
        }
      >
        {t('items.title')}
      </PageHeading>
      {engineState === 'building' ? <BuildingNotice /> : null}
      {error || engineState === 'failed' ? (
        <div className="error-text" role="alert">
          {t('items.engine.failed', { reason: error ?? engineError ?? t('common.unknownError') })}{' '}
          <button type="button" className="link-button" onClick={() => void rebuildIndex()}>
            {t('items.engine.rebuild')}
          </button>
        </div>
      ) : null}
      <div className={`items-layout${openedId ? ' with-detail' : ''}`}>
        {openedId ? null : <FacetSidebar views={views} labels={labels} onSaveView={saveView} onRemoveView={removeView} />}
        <div className="items-main">
          <Toolbar columns={columns} onColumns={(next) => setColumns(next)} />
          <p className="items-help">{t('items.searchHelp')}</p>
          {opening && !error ? (
            <p className="muted" data-testid="items-opening">
              {t('items.engine.loading')}
            </p>
          ) : null}
          {engineState === 'building' ? <FallbackList /> : null}
          {ready && totals.matching === 0 ? <EmptyResult /> : null}
          {ready && totals.matching > 0 ? (
            <ItemList
              columns={columns}
              unitNames={unitNames}
              onResize={(column: ColumnId, width, done) => setColumns({ ...columns, widths: { ...columns.widths, [column]: width } }, done)}
            />
          ) : null}
        </div>
        {openedId ? (
          <aside className="items-detail-panel" aria-label={t('items.detail.label')} data-testid="items-detail">
            <button type="button" className="detail-close link-button" onClick={closeItem} aria-label={t('items.detail.close')}>
              ×
            </button>
            <ItemDetail itemId={openedId} highlight={highlight} />
          </aside>
        ) : null}
      </div>
    </section>
  );
}
