// The items page's toolbar: the search box, the sort, the column menu and the selection count.
import { useRef, useState } from 'react';
import { SORT_FIELDS, type SortField } from '../../../shared/search/sort';
import { useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { clearSelection, setQuery, setSort, useItems } from './items-store';
import { ALWAYS_VISIBLE, COLUMN_IDS, columnLabel, normaliseColumns, type ColumnSettings } from './list-columns';
import { SEARCH_INPUT_ID } from './list-commands';

const SEARCH_DELAY_MS = 200;

function SearchBox() {
  const t = useT();
  const committed = useItems((state) => state.query);
  const [draft, setDraft] = useState(committed);
  const timer = useRef<number | undefined>(undefined);
  // a query set elsewhere (a saved view, 清除筛选) replaces what is in the box
  const [shownQuery, setShownQuery] = useState(committed);
  if (shownQuery !== committed) {
    setShownQuery(committed);
    setDraft(committed);
  }
  const submit = (value: string) => {
    window.clearTimeout(timer.current);
    void setQuery(value);
  };
  return (
    <div className="items-search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('items.searchLabel')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={draft}
        placeholder={t('items.searchPlaceholder')}
        autoComplete="off"
        data-testid="items-search"
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => submit(value), SEARCH_DELAY_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') submit(draft);
          if (event.key === 'Escape' || event.key === 'ArrowDown') {
            if (event.key === 'Escape' && draft) submit('');
            (event.target as HTMLInputElement).blur();
            document.querySelector<HTMLElement>('.item-list-viewport')?.focus();
          }
        }}
      />
    </div>
  );
}

function ColumnMenu({ columns, onChange }: { columns: ColumnSettings; onChange: (next: ColumnSettings) => void }) {
  const t = useT();
  return (
    <details className="column-menu">
      <summary className="button secondary">{t('items.columnsButton')}</summary>
      <div className="column-menu-panel">
        <p className="column-menu-title">{t('items.columnsTitle')}</p>
        {COLUMN_IDS.map((id) => (
          <label key={id}>
            <input
              type="checkbox"
              checked={columns.visible.includes(id)}
              disabled={ALWAYS_VISIBLE.has(id)}
              onChange={(event) =>
                onChange(
                  normaliseColumns({
                    ...columns,
                    visible: event.target.checked ? [...columns.visible, id] : columns.visible.filter((column) => column !== id),
                  }),
                )
              }
            />
            {t(columnLabel(id))}
          </label>
        ))}
        <p className="hint">{t('items.columnsHint')}</p>
      </div>
    </details>
  );
}

export function Toolbar({ columns, onColumns }: { columns: ColumnSettings; onColumns: (next: ColumnSettings) => void }) {
  const t = useT();
  const sort = useItems((state) => state.sort);
  const selected = useItems((state) => state.selectedIds.size);
  return (
    <div className="items-toolbar">
      <SearchBox />
      <label className="sort-field">
        <span>{t('items.sortLabel')}</span>
        <select
          value={sort.field}
          data-testid="items-sort"
          onChange={(event) => void setSort({ ...sort, field: event.target.value as SortField })}
        >
          {SORT_FIELDS.map((field) => (
            <option key={field} value={field}>
              {t(`items.sort.${field}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('items.sortLabel')}
          value={sort.direction}
          onChange={(event) => void setSort({ ...sort, direction: event.target.value as 'asc' | 'desc' })}
        >
          <option value="desc">{t('items.sort.desc')}</option>
          <option value="asc">{t('items.sort.asc')}</option>
        </select>
      </label>
      <ColumnMenu columns={columns} onChange={onColumns} />
      {selected > 0 ? (
        <span className="selection-info" data-testid="items-selected">
          {t('items.selected', { count: formatNumber(selected) })}
          <button type="button" className="link-button" onClick={clearSelection}>
            {t('items.clearSelection')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
